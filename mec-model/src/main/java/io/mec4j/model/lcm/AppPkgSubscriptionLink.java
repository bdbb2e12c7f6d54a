package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * A link to one application package subscription, with its type: an entry of
 * {@link AppPkgSubscriptionLinkListLinks#subscriptions()}.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.3.5.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema Subscriptions).
 *
 * @param href URI of the subscription
 * @param subscriptionType type of the subscription
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "Subscriptions")
public record AppPkgSubscriptionLink(
    @JsonProperty("href") @NotNull String href,
    @JsonProperty("subscriptionType") @NotNull AppPkgSubscriptionType subscriptionType) {
}
