package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * A link to one subscription to application LCM notifications, with the type of the subscription.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema Subscriptions).
 *
 * @param href URI of the subscription resource.
 * @param subscriptionType Type of the subscription.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "Subscriptions")
public record AppInstanceSubscriptionLink(
    @JsonProperty("href") @NotNull String href,
    @JsonProperty("subscriptionType") @NotNull AppInstanceSubscriptionType subscriptionType) {
}
