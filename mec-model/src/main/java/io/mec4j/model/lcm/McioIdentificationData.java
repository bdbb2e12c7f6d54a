package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code McioIdentificationData} data type of ETSI GS MEC 010-2.
 * <p>NOTE 1: When the container infrastructure service is a Kubernetes® instance it is the value of the 'metadata.name'
 *         field in Kubernetes® manifest.
 * NOTE 2: When the container infrastructure service is a Kubernetes® instance it is the value of the 'kind' field in
 *         Kubernetes® manifest.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema McioIdentificationData).
 *
 * @param name The name of the mcio. See note 1. (required)
 * @param type The type of the mcio. See note 2. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "McioIdentificationData")
public record McioIdentificationData(
    @JsonProperty("name") @NotNull String name,
    @JsonProperty("type") @NotNull String type) {
}
