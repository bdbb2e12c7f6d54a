package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * A hyperlink to a resource.
 *
 * <p>Data type {@code LinkType} of ETSI GS MEC 011, clause 6.3.2 (ETSI GS MEC 010-2, clause 6.2.5.2).
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema LinkType), ETSI GS MEC 011 (MEC011_AppSupport.yaml,
 * schema LinkType), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema LinkType), ETSI GS MEC 010-2
 * (MEC010-2_AppLcm.yaml, schema LinkType), ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema LinkType), ETSI GS MEC 040
 * (MEC040_FederationEnablement.yaml, schema LinkType), ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema
 * LinkType).
 *
 * @param href URI of the resource
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "LinkType")
@EtsiSchema(spec = "MEC011_AppSupport", name = "LinkType")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "LinkType")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "LinkType")
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "LinkType")
@EtsiSchema(spec = "MEC040_FederationEnablement", name = "LinkType")
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "LinkType")
public record LinkType(
    @JsonProperty("href") @NotNull String href) {
}
