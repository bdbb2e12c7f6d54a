package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code AppMobilityServiceLevel1_} data type of ETSI GS MEC 021.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema AppMobilityServiceLevel1_).
 *
 * @param serviceLevel This attribute provides an option for the application instance (server) to communicate with the application client before relocating this application instance to another MEC host: 1 = APP_MOBILITY_NOT_ALLOWED 2 = APP_MOBILITY_WITH_CONFIRMATION 3 = APP_MOBILITY_WITHOUT_CONFIRMATION (required)
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "AppMobilityServiceLevel1_")
public record AppMobilityServiceLevelValue(
    @JsonProperty("serviceLevel") @NotNull AppMobilityServiceLevelType serviceLevel) {
}
