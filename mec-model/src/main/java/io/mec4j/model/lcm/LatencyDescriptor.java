package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The maximum latency a MEC application tolerates: one way, end to end, between the client application (e.g. on a
 * device) and the application instance.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.1.14.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema LatencyDescriptor), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema LatencyDescriptor).
 *
 * @param maxLatency the maximum latency in nanoseconds (uint32)
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "LatencyDescriptor")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "LatencyDescriptor")
public record LatencyDescriptor(
    @JsonProperty("maxLatency") @NotNull Long maxLatency) {
}
