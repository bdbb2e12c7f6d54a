package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code ChecksumData} data type of ETSI GS MEC 010-2.
 * <p>NOTE: The algorithm attribute value shall be one of the Hash Function Textual Names present in [2].
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema ChecksumData), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema ChecksumData).
 *
 * @param algorithm Specifies the algorithm used to obtain the checksum value see note. (required)
 * @param hash Contains the result of applying the algorithm indicated by the algorithm attribute to the data to which this ChecksumData refers. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "ChecksumData")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "ChecksumData")
public record ChecksumData(
    @JsonProperty("algorithm") @NotNull String algorithm,
    @JsonProperty("hash") @NotNull String hash) {
}
