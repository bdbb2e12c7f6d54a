package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The QoS of a virtual link flavour: maximum latency, jitter and packet loss.
 *
 * <p>An ETSI GS NFV-IFA 011 information element.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema QoS), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema QoS).
 *
 * @param latency the maximum latency in ms
 * @param packetDelayVariation the maximum jitter (packet delay variation) in ms
 * @param packetLossRatio the maximum packet loss ratio
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "QoS")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "QoS")
public record QoS(
    @JsonProperty("latency") @NotNull Double latency,
    @JsonProperty("packetDelayVariation") @NotNull Double packetDelayVariation,
    @JsonProperty("packetLossRatio") @Nullable Double packetLossRatio) {
}
