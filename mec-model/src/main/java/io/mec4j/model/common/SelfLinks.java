package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Hyperlinks of a resource that has only a link to itself, such as a subscription.
 *
 * <p>The anonymous {@code _links} object of several subscription types (ETSI GS MEC 011, MEC 010-2, MEC 021, MEC 040).
 * It is only included in HTTP responses (and, in MEC 021, in PUT requests).
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema _links2), ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema
 * _links1), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema _links1), ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml,
 * schema _links1), ETSI GS MEC 040 (MEC040_FederationEnablement.yaml, schema _links), ETSI GS MEC 021
 * (MEC021_AppMobilityService.yaml, schema _links).
 *
 * @param self link to this resource
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "_links2")
@EtsiSchema(spec = "MEC011_AppSupport", name = "_links1")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "_links1")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "_links1")
@EtsiSchema(spec = "MEC040_FederationEnablement", name = "_links")
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "_links")
public record SelfLinks(
    @JsonProperty("self") @NotNull @Valid LinkType self) {
}
