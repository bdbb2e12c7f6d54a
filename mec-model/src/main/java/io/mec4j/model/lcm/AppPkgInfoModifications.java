package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * A change to an onboarded application package, the body of a PATCH on an individual package: it enables or disables
 * the package.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.3.8.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppPkgInfoModifications).
 *
 * @param operationalState the new operational state: {@code ENABLED} or {@code DISABLED}
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AppPkgInfoModifications")
public record AppPkgInfoModifications(
    @JsonProperty("operationalState") @NotNull OperationalState operationalState) {
}
