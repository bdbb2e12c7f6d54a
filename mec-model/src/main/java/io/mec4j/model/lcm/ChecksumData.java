package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The checksum of a software image file: an algorithm and the hash it gives.
 *
 * <p>An ETSI GS NFV-IFA 011 information element.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema ChecksumData), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema ChecksumData).
 *
 * @param algorithm the hash function, one of the IANA Hash Function Textual Names, e.g. {@code sha-256}
 * @param hash the result of applying the algorithm to the image file
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "ChecksumData")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "ChecksumData")
public record ChecksumData(
    @JsonProperty("algorithm") @NotNull String algorithm,
    @JsonProperty("hash") @NotNull String hash) {
}
