package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code OperateAppRequest} data type of ETSI GS MEC 010-2 (clause 6.2.2.8).
 * <p>  NOTE 1: The "stopType" and "gracefulStopTimeout" attributes shall be absent, when the "changeStateTo" attribute is equal to "STARTED".
 * NOTE 2: The "gracefulStopTimeout" attribute shall be present, when the "changeStateTo" is equal to "STOPPED" and the "stopType" attribute is equal to "GRACEFUL". The "gracefulStopTimeout" attribute shall be absent, when the "changeStateTo" attribute is equal to "STOPPED" and the "stopType" attribute is equal to "FORCEFUL".
 * NOTE 3: The request shall be treated as if the "stopType" attribute was set to "FORCEFUL", when the "changeStateTo" attribute is equal to "STOPPED" and the "stopType" attribute is absent.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema OperateAppRequest).
 *
 * @param changeStateTo The desired operational state: STARTED: the application instance is up and running. STOPPED: the application instance stops operation. (required)
 * @param stopType The stop type: FORCEFUL: it will stop the application immediately after accepting the request. GRACEFUL: it will first arrange to take the application instance out of service after accepting the request. Once that operation is successful or once the timer value specified in the "gracefulStopTimeout" attribute expires, it will stop the application. See notes 1 and 3.
 * @param gracefulStopTimeout The time interval (in seconds) to wait for the application instance to be taken out of service during graceful stop, before stopping the application. See note 1 and note 2.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "OperateAppRequest")
public record OperateAppRequest(
    @JsonProperty("changeStateTo") @NotNull AppOperationalState changeStateTo,
    @JsonProperty("stopType") @Nullable StopType stopType,
    @JsonProperty("gracefulStopTimeout") @Nullable Integer gracefulStopTimeout) {
}
