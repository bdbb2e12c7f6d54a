package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * The types of network a MEC application prefers to carry its traffic: cellular, Wi-Fi or fixed access.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.1.21.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema SteeredNetwork), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema SteeredNetwork).
 *
 * @param cellularNetwork whether the application prefers a cellular network
 * @param wifiNetwork whether the application prefers a Wi-Fi network (JSON member {@code wi-fiNetwork})
 * @param fixedAccessNetwork whether the application prefers a fixed access network
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "SteeredNetwork")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "SteeredNetwork")
public record SteeredNetwork(
    @JsonProperty("cellularNetwork") @Nullable Boolean cellularNetwork,
    @JsonProperty("wi-fiNetwork") @Nullable Boolean wifiNetwork,
    @JsonProperty("fixedAccessNetwork") @Nullable Boolean fixedAccessNetwork) {
}
