package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code LatencyDescriptor} data type of ETSI GS MEC 010-2 (clause 6.2.1.14).
 * <p>  NOTE: The latency is considered to be the one way end-to-end latency between the client application (e.g. in a device) and the service (i.e. the MEC application instance).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema LatencyDescriptor), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema LatencyDescriptor).
 *
 * @param maxLatency The value of the maximum latency in nano seconds tolerated by the MEC application. See note. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "LatencyDescriptor")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "LatencyDescriptor")
public record LatencyDescriptor(
    @JsonProperty("maxLatency") @NotNull Long maxLatency) {
}
