package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Hyperlinks of a notification: the link to the subscription it belongs to.
 *
 * <p>The anonymous {@code _links} object of notification types (ETSI GS MEC 011, MEC 010-2, MEC 021, MEC 040).
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema _links3), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml,
 * schema _links3), ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema _links2), ETSI GS MEC 040
 * (MEC040_FederationEnablement.yaml, schema _links1), ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema _links2),
 * ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema _links3), ETSI GS MEC 021 (MEC021_AppMobilityService.yaml,
 * schema _links4).
 *
 * @param subscription link to the related subscription
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
