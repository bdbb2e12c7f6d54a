package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The list of a service consumer's AMS subscriptions, returned by {@code GET /subscriptions}.
 *
 * <p>Separate from {@code mp1.SubscriptionLinkList}: MEC 021 puts the subscriptions inside {@code _links} and gives
 * each its type.
 *
 * <p>ETSI GS MEC 021, clause 7.3.4.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema SubscriptionLinkList).
 *
 * @param links link to this list and links to the subscriptions
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "SubscriptionLinkList")
public record AmsSubscriptionLinkList(
    @JsonProperty("_links") @NotNull @Valid AmsSubscriptionLinkListLinks links) {
}
