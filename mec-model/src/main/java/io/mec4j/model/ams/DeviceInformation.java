package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code DeviceInformation} data type of ETSI GS MEC 021.
 * <p>If present, it specifies the device served by the application instance which is registering the Application Mobility Service.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema DeviceInformation).
 *
 * @param associateId Represents the identifier of the device. See note. (required)
 * @param appMobilityServiceLevel If the application is stateful, this attribute shall be included.
 * @param contextTransferState If present, it represents the state of transferring the user context to another application instance. The applicable values of this attribute are: 0 = NOT_TRANSFERRED (default value) 1 = USER_CONTEXT_TRANSFER_COMPLETED In the initial application mobility registration, this attribute shall be set to the default value.
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "DeviceInformation")
public record DeviceInformation(
    @JsonProperty("associateId") @NotNull String associateId,
    @JsonProperty("appMobilityServiceLevel") @Valid @Nullable AppMobilityServiceLevel appMobilityServiceLevel,
    @JsonProperty("contextTransferState") @Nullable ContextTransferStateCode contextTransferState) {
}
