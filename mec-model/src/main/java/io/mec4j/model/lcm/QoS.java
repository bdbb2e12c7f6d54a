package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code QoS} data type of ETSI GS MEC 010-2.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema QoS), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema QoS).
 *
 * @param latency Specifies the maximum latency in ms. (required)
 * @param packetDelayVariation Specifies the maximum jitter in ms. (required)
 * @param packetLossRatio Specifies the maximum packet loss ratio.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "QoS")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "QoS")
public record QoS(
    @JsonProperty("latency") @NotNull Double latency,
    @JsonProperty("packetDelayVariation") @NotNull Double packetDelayVariation,
    @JsonProperty("packetLossRatio") @Nullable Double packetLossRatio) {
}
