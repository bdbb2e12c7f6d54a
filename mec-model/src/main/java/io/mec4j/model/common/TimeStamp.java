package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code TimeStamp} data type of ETSI GS MEC 011 (clause 6.2.5.4).
 * <p>The time when the last "heartbeat" message was received by MEC platform.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema TimeStamp), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema TimeStamp), ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema TimeStamp), ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema TimeStamp), ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema TimeStamp), ETSI GS MEC 040 (MEC040_FederationEnablement.yaml, schema TimeStamp).
 *
 * @param seconds The seconds part of the time. Time is defined as Unixtime since January 1, 1970, 00:00:00 UTC. (required)
 * @param nanoSeconds The nanoseconds part of the time. Time is defined as Unix-time since January 1, 1970, 00:00:00 UTC. (required)
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "TimeStamp")
@EtsiSchema(spec = "MEC011_AppSupport", name = "TimeStamp")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "TimeStamp")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "TimeStamp")
@EtsiSchema(spec = "MEC040_FederationEnablement", name = "TimeStamp")
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "TimeStamp")
public record TimeStamp(
    @JsonProperty("seconds") @NotNull Long seconds,
    @JsonProperty("nanoSeconds") @NotNull Long nanoSeconds) {
}
