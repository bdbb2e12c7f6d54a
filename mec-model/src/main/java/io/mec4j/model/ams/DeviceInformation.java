package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A device served by the application instance that registers with the AMS, with the mobility service level it gets
 * and the state of the transfer of its user context.
 *
 * <p>ETSI GS MEC 021, clause 7.2.2.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema DeviceInformation).
 *
 * @param associateId identifier of the device (an ETSI GS MEC 012 AssociateId)
 * @param appMobilityServiceLevel how the serving instance may change when the device moves; shall be included when
 *     the application is stateful
 * @param contextTransferState state of the transfer of the device's user context to another application instance;
 *     {@link ContextTransferStateCode#NOT_TRANSFERRED} (the default) in an initial registration
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "DeviceInformation")
public record DeviceInformation(
    @JsonProperty("associateId") @NotNull @Valid AssociateId associateId,
    @JsonProperty("appMobilityServiceLevel") @Valid @Nullable AppMobilityServiceLevel appMobilityServiceLevel,
    @JsonProperty("contextTransferState") @Nullable ContextTransferStateCode contextTransferState) {
}
