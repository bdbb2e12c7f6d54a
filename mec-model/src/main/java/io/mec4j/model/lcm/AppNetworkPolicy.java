package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The network policy of a MEC application: which types of network it prefers to carry its traffic.
 *
 * <p>The types on offer depend on the access networks deployed in the MEC system.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.1.21.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema AppNetworkPolicy), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppNetworkPolicy).
 *
 * @param steeredNetwork the preferred network types
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AppNetworkPolicy")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppNetworkPolicy")
public record AppNetworkPolicy(
    @JsonProperty("steeredNetwork") @NotNull @Valid SteeredNetwork steeredNetwork) {
}
