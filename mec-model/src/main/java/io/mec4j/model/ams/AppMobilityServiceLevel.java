package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The application mobility service level of a device registered with the AMS: whether the instance serving it may be
 * changed when it moves, and with or without the application's confirmation.
 *
 * <p>On the wire an object with one numeric attribute, e.g. {@code {"appMobilityServiceLevel": 2}}.
 *
 * <p>ETSI GS MEC 021, clause 7.4.5.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema AppMobilityServiceLevel).
 *
 * @param appMobilityServiceLevel the service level
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "AppMobilityServiceLevel")
public record AppMobilityServiceLevel(
    @JsonProperty("appMobilityServiceLevel") @NotNull AppMobilityServiceLevelType appMobilityServiceLevel) {
}
