package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * A link to one of a MEC application instance's subscriptions, with the subscription's type.
 *
 * <p>Inlined type {@code subscriptions} of {@code SubscriptionLinkList}, ETSI GS MEC 011, clause 6.2.2.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema Subscriptions), ETSI GS MEC 011 (MEC011_AppSupport.yaml,
 * schema Subscriptions).
 *
 * @param href URI of the subscription
 * @param subscriptionType type of the subscription, the {@code subscriptionType} of the subscription resource (for
 *     example {@code SerAvailabilityNotificationSubscription})
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "Subscriptions")
@EtsiSchema(spec = "MEC011_AppSupport", name = "Subscriptions")
public record SubscriptionLink(
    @JsonProperty("href") @NotNull String href,
    @JsonProperty("subscriptionType") @NotNull String subscriptionType) {
}
