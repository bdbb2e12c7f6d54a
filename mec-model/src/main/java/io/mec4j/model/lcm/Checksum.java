package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code Checksum} data type of ETSI GS MEC 010-2 (clause 6.2.5.6).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema Checksum), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema Checksum).
 *
 * @param algorithm Name of the algorithm used to generate the checksum, as defined in ETSI GS NFV-SOL 004 [18]. For example, SHA-256, SHA-512. (required)
 * @param hash The hexadecimal value of the checksum. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "Checksum")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "Checksum")
public record Checksum(
    @JsonProperty("algorithm") @NotNull String algorithm,
    @JsonProperty("hash") @NotNull String hash) {
}
