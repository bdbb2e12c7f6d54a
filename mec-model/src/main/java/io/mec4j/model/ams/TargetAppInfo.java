package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.CommunicationInterface;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The application instance that is to serve a device after it moved, as given in a
 * {@link MobilityProcedureNotification}.
 *
 * <p>ETSI GS MEC 021, clause 7.4.2.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema TargetAppInfo).
 *
 * @param appInstanceId identifier of the target application instance
 * @param commInterface addresses at which the target application instance can be reached
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "TargetAppInfo")
public record TargetAppInfo(
    @JsonProperty("appInstanceId") @NotNull String appInstanceId,
    @JsonProperty("commInterface") @Valid @Nullable CommunicationInterface commInterface) {
}
