package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.TimeStamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The liveness of a MEC service instance as the MEC platform sees it: its state, the time of the last heartbeat and the
 * heartbeat interval.
 *
 * <p>Data type {@code ServiceLivenessInfo} of ETSI GS MEC 011, clause 8.1.2.4.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema ServiceLivenessInfo).
 *
 * @param state liveness state of the service instance
 * @param timeStamp time the MEC platform received the last heartbeat message
 * @param interval interval, in seconds, between two heartbeat messages, as determined by the MEC platform
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "ServiceLivenessInfo")
public record ServiceLivenessInfo(
    @JsonProperty("state") @NotNull ServiceState state,
    @JsonProperty("timeStamp") @NotNull @Valid TimeStamp timeStamp,
    @JsonProperty("interval") @NotNull Integer interval) {
}
