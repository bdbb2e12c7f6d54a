package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code Subscription} data type of ETSI GS MEC 021.
 * <p>The service consumer's subscriptions.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema Subscription).
 *
 * @param href The URI referring to the subscription. (required)
 * @param subscriptionType Type of the subscription. The string shall be set according to the "subscriptionType" attribute of the associated subscription data type defined in clauses 7.3.2 and 7.3.3: "MobilityProcedureSubscription" "AdjacentAppInfoSubscription" (required)
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "Subscription")
public record Subscription(
    @JsonProperty("href") @NotNull String href,
    @JsonProperty("subscriptionType") @NotNull String subscriptionType) {
}
