package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The application package subscriptions of a subscriber, as a list of links: the body of a GET on the subscriptions
 * resource.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.3.5.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppPkgSubscriptionLinkList).
 *
 * @param links links to this list and to each subscription
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AppPkgSubscriptionLinkList")
public record AppPkgSubscriptionLinkList(
    @JsonProperty("_links") @NotNull @Valid AppPkgSubscriptionLinkListLinks links) {
}
