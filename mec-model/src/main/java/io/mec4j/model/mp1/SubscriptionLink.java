package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code Subscriptions} data type of ETSI GS MEC 011.
 * <p>The MEC application instance's subscriptions.
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema Subscriptions), ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema Subscriptions).
 *
 * @param href URI referring to the subscription. (required)
 * @param subscriptionType Type of the subscription. The values are as defined in the "subscriptionType" attribute for each different Mp1 event subscription data type. (required)
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "Subscriptions")
@EtsiSchema(spec = "MEC011_AppSupport", name = "Subscriptions")
public record SubscriptionLink(
    @JsonProperty("href") @NotNull String href,
    @JsonProperty("subscriptionType") @NotNull String subscriptionType) {
}
