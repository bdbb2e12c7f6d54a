package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A request to terminate an application instance and release its resources, at once or after taking it out of
 * service.
 *
 * <p>Terminating forcefully an instance that is still in service can impact the service.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.9 (MEC010-2_AppLcm.yaml, schema TerminateAppRequest).
 *
 * @param terminationType FORCEFUL shuts the instance down and releases its resources at once; GRACEFUL first takes it
 *     out of service, then shuts it down when that finishes or {@code gracefulTerminationTimeout} expires.
 * @param gracefulTerminationTimeout Seconds to wait, in a graceful termination, for the instance to be taken out of
 *     service; if absent, as long as that takes.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE) // read and written as itself wherever it is declared as such
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "TerminateAppRequest")
public record TerminateAppRequest(
    @JsonProperty("terminationType") @NotNull StopType terminationType,
    @JsonProperty("gracefulTerminationTimeout") @Nullable Integer gracefulTerminationTimeout)
    implements LcmOperationParams {
}
