package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * The {@code SteeredNetwork} data type of ETSI GS MEC 010-2.
 * <p>This attribute provides an option for the application to specify a type of network to carry the application traffic.
 * See note.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema SteeredNetwork), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema SteeredNetwork).
 *
 * @param cellularNetwork If present, and the application prefers to a cellular network to carry its traffic, this attribute shall be set to true. Otherwise, it shall be set to false.
 * @param wifiNetwork If present, and the application prefers to a WiFi®network to carry its traffic, this attribute shall be set to true. Otherwise, it shall be set to false.
 * @param fixedAccessNetwork If present, and the application prefers to a fixed access network to carry its traffic, this attribute shall be set to true. Otherwise, it shall be set to false.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "SteeredNetwork")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "SteeredNetwork")
public record SteeredNetwork(
    @JsonProperty("cellularNetwork") @Nullable Boolean cellularNetwork,
    @JsonProperty("wi-fiNetwork") @Nullable Boolean wifiNetwork,
    @JsonProperty("fixedAccessNetwork") @Nullable Boolean fixedAccessNetwork) {
}
