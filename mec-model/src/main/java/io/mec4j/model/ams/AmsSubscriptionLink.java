package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * A link to one of the service consumer's AMS subscriptions, with its type, as listed in an
 * {@link AmsSubscriptionLinkList}.
 *
 * <p>ETSI GS MEC 021, clause 7.3.4.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema Subscription).
 *
 * @param href URI of the subscription
 * @param subscriptionType the {@code subscriptionType} of the subscription: {@code "MobilityProcedureSubscription"} or
 *     {@code "AdjacentAppInfoSubscription"}
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "Subscription")
public record AmsSubscriptionLink(
    @JsonProperty("href") @NotNull String href,
    @JsonProperty("subscriptionType") @NotNull String subscriptionType) {
}
