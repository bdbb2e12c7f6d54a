package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code AppNetworkPolicy} data type of ETSI GS MEC 010-2 (clause 6.2.1.21).
 * <p>  NOTE: The network types may depend on the availability of deployed access networks of MEC system.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema AppNetworkPolicy), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppNetworkPolicy).
 *
 * @param steeredNetwork This attribute provides an option for the application to specify a type of network to carry the application traffic. See note. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AppNetworkPolicy")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppNetworkPolicy")
public record AppNetworkPolicy(
    @JsonProperty("steeredNetwork") @NotNull @Valid SteeredNetwork steeredNetwork) {
}
