package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The name and type of the managed container infrastructure object (MCIO) that realises an application, such as a
 * Kubernetes Deployment.
 *
 * <p>An ETSI GS NFV-IFA 011 information element.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema McioIdentificationData).
 *
 * @param name name of the MCIO; for Kubernetes, the {@code metadata.name} of the manifest
 * @param type type of the MCIO; for Kubernetes, the {@code kind} of the manifest
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "McioIdentificationData")
public record McioIdentificationData(
    @JsonProperty("name") @NotNull String name,
    @JsonProperty("type") @NotNull String type) {
}
