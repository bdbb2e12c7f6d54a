package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * An object holding an application mobility service level under the name {@code serviceLevel}
 * ({@code {"serviceLevel": 2}}).
 *
 * <p>No schema or operation of the spec file references {@code AppMobilityServiceLevel1_}; it is a helper definition
 * left from the conversion of the spec text. This type exists so that every schema of the file has a Java type.
 * Registrations use {@link AppMobilityServiceLevel}, whose attribute is named {@code appMobilityServiceLevel}.
 *
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema AppMobilityServiceLevel1_).
 *
 * @param serviceLevel the service level
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "AppMobilityServiceLevel1_")
public record AppMobilityServiceLevelValue(
    @JsonProperty("serviceLevel") @NotNull AppMobilityServiceLevelType serviceLevel) {
}
