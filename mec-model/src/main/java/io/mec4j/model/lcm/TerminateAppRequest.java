package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code TerminateAppRequest} data type of ETSI GS MEC 010-2 (clause 6.2.2.9).
 * <p>  NOTE: If the application instance is still in service, requesting forceful termination can adversely impact service.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema TerminateAppRequest).
 *
 * @param terminationType Indicates whether forceful or graceful termination is requested. FORCEFUL: it will shut down the application instance and release the resources immediately after accepting the request. See note. GRACEFUL: it will first arrange to take the application instance out of service after accepting the request. Once the operation of taking the application instance out of service finishes or once the timer value specified in the "gracefulTerminationTimeout" attribute expires, it will shut down the application instance and release the resources. (required)
 * @param gracefulTerminationTimeout This attribute is only applicable in case of graceful termination. It defines the time to wait for the application instance to be taken out of service before shutting down the application and releasing the resources. The unit is seconds. If not given and the "terminationType" attribute is set to "GRACEFUL", it is expected to wait for the successful taking out of service of the application, no matter how long it takes, before shutting down the application and releasing the resources.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "TerminateAppRequest")
public record TerminateAppRequest(
    @JsonProperty("terminationType") @NotNull StopType terminationType,
    @JsonProperty("gracefulTerminationTimeout") @Nullable Integer gracefulTerminationTimeout) {
}
