package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code Subscriptions} data type of ETSI GS MEC 010-2.
 * <p>A link list to the subscriptions to an application package.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema Subscriptions).
 *
 * @param href The URI referring to the subscription. (required)
 * @param subscriptionType Type of the subscription. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "Subscriptions")
public record AppPkgSubscriptionLink(
    @JsonProperty("href") @NotNull String href,
    @JsonProperty("subscriptionType") @NotNull AppPkgSubscriptionType subscriptionType) {
}
