package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The list of a MEC application instance's subscriptions in one Mp1 API.
 *
 * <p>Data type {@code SubscriptionLinkList} of ETSI GS MEC 011, clause 6.2.2.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema SubscriptionLinkList), ETSI GS MEC 011
 * (MEC011_AppSupport.yaml, schema SubscriptionLinkList).
 *
 * @param links link to the list and links to the subscriptions
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "SubscriptionLinkList")
@EtsiSchema(spec = "MEC011_AppSupport", name = "SubscriptionLinkList")
public record SubscriptionLinkList(
    @JsonProperty("_links") @NotNull @Valid SubscriptionLinkListLinks links) {
}
