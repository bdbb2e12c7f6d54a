package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.TimeStamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code ServiceLivenessInfo} data type of ETSI GS MEC 011 (clause 8.1.2.4).
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema ServiceLivenessInfo).
 *
 * @param state Liveness state of the MEC service instance. The valid values are defined in clause 8.1.6.6. (required)
 * @param timeStamp The time when the last "heartbeat" message was received by MEC platform. (required)
 * @param interval The interval (in seconds) between two consecutive "heartbeat" messages (see clause 8.2.10.3.3) that MEC platform has determined. (required)
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "ServiceLivenessInfo")
public record ServiceLivenessInfo(
    @JsonProperty("state") @NotNull ServiceState state,
    @JsonProperty("timeStamp") @NotNull @Valid TimeStamp timeStamp,
    @JsonProperty("interval") @NotNull Integer interval) {
}
