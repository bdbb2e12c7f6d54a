package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code AppPkgInfoModifications} data type of ETSI GS MEC 010-2 (clause 6.2.3.8).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppPkgInfoModifications).
 *
 * @param operationalState New value of the "operationalState" attribute of the "OnboardedAppPkgInfo" structure. <p>Permitted values DISABLED: to disable the individual application package. ENABLED: to enable the individual application package. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AppPkgInfoModifications")
public record AppPkgInfoModifications(
    @JsonProperty("operationalState") @NotNull OperationalState operationalState) {
}
