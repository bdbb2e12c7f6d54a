package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code AppMobilityServiceLevel} data type of ETSI GS MEC 021 (clause 7.4.5).
 * <p>  NOTE:
 * APP_MOBILITY_NOT_ALLOWED: the current serving application instance continues to deliver the service to the device. The AMS will inform the MEP to perform the traffic steering to the device when the UE moves cross MEC hosts.
 * APP_MOBILITY_WITH_CONFIRMATION: the serving application instance is allowed to change with the confirmation by the application once the device mobility happens. The AMS then will inform the MEP to update the traffic routing to the target application instance and clean up the previous resource allocated to the application instance serving to the device after the serving application instance has been changed.
 * APP_MOBILITY_WITHOUT_CONFIRMATION: the serving application instance is allowed to change without confirmation from the application instance when the device mobility happens. The AMS will notify to the MEP to update the traffic routing to the target application instance and clean up the previous resource allocated to the application instance serving to the device after the serving application instance has been changed.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema AppMobilityServiceLevel).
 *
 * @param appMobilityServiceLevel This attribute provides an option for the application instance (server) to communicate with the application client before relocating this application instance to another MEC host. The applicable values of this attribute are: 1 = APP_MOBILITY_NOT_ALLOWED 2 = APP_MOBILITY_WITH_CONFIRMATION 3 = APP_MOBILITY_WITHOUT_CONFIRMATION. Other values are reserved. See note. (required)
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "AppMobilityServiceLevel")
public record AppMobilityServiceLevel(
    @JsonProperty("appMobilityServiceLevel") @NotNull AppMobilityServiceLevelType appMobilityServiceLevel) {
}
