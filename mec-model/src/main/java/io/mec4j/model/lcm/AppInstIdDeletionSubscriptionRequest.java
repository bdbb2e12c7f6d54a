package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A request to subscribe to notifications of deleted application instance identifiers.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.28 (MEC010-2_AppLcm.yaml, schema AppInstIdDeletionSubscriptionRequest).
 *
 * @param subscriptionType Subscription type; always {@code "AppIdentifierDeletionSubscription"}
 *     ({@link #SUBSCRIPTION_TYPE}).
 * @param callbackUri URI of the endpoint to which the notifications of this subscription are sent.
 * @param appInstanceSubscriptionFilter Criteria selecting the application instances whose deletion is notified.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppInstIdDeletionSubscriptionRequest")
public record AppInstIdDeletionSubscriptionRequest(
    @JsonProperty("subscriptionType") @NotNull String subscriptionType,
    @JsonProperty("callbackUri") @NotNull String callbackUri,
    @JsonProperty("appInstanceSubscriptionFilter") @Valid @Nullable AppInstanceSubscriptionFilter appInstanceSubscriptionFilter) {

  /** The {@code subscriptionType} of this kind of subscription: {@value}. */
  public static final String SUBSCRIPTION_TYPE = "AppIdentifierDeletionSubscription";
}
