package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A request to start or stop an instantiated application instance.
 *
 * <p>{@code stopType} and {@code gracefulStopTimeout} are absent when starting. When stopping, a missing
 * {@code stopType} means FORCEFUL; {@code gracefulStopTimeout} is present for a GRACEFUL stop and absent for a
 * FORCEFUL one.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.8 (MEC010-2_AppLcm.yaml, schema OperateAppRequest).
 *
 * @param changeStateTo The operational state to change to.
 * @param stopType How to stop: FORCEFUL stops the application at once; GRACEFUL first takes it out of service and
 *     stops it when that succeeds or {@code gracefulStopTimeout} expires.
 * @param gracefulStopTimeout Seconds to wait, in a graceful stop, for the instance to be taken out of service before
 *     stopping it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE) // read and written as itself wherever it is declared as such
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "OperateAppRequest")
public record OperateAppRequest(
    @JsonProperty("changeStateTo") @NotNull AppOperationalState changeStateTo,
    @JsonProperty("stopType") @Nullable StopType stopType,
    @JsonProperty("gracefulStopTimeout") @Nullable Integer gracefulStopTimeout)
    implements LcmOperationParams {
}
