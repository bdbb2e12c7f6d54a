package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code _links3} data type of ETSI GS MEC 011.
 * <p>Object containing hyperlinks related to the resource.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema _links2), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema _links3), ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema _links3), ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema _links2), ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema _links3), ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema _links4), ETSI GS MEC 040 (MEC040_FederationEnablement.yaml, schema _links1).
 *
 * @param subscription A link to the related subscription. (required)
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "_links3")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "_links3")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "_links2")
@EtsiSchema(spec = "MEC040_FederationEnablement", name = "_links1")
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "_links2")
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "_links3")
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "_links4")
public record SubscriptionLinks(
    @JsonProperty("subscription") @NotNull @Valid LinkType subscription) {
}
