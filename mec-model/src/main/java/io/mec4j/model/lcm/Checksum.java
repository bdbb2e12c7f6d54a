package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The checksum of an application package: an algorithm name and a hexadecimal hash.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.5.6.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema Checksum), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema Checksum).
 *
 * @param algorithm name of the algorithm, as defined in ETSI GS NFV-SOL 004, e.g. {@code SHA-256} or {@code SHA-512}
 * @param hash the checksum, in hexadecimal
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "Checksum")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "Checksum")
public record Checksum(
    @JsonProperty("algorithm") @NotNull String algorithm,
    @JsonProperty("hash") @NotNull String hash) {
}
