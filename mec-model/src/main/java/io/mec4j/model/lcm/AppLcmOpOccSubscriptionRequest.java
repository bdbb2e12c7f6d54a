package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A request to subscribe to application LCM operation occurrence notifications.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.14 (MEC010-2_AppLcm.yaml, schema AppLcmOpOccSubscriptionRequest).
 *
 * @param subscriptionType Subscription type; always {@code "AppLcmOpOccStateChangeSubscription"}
 *     ({@link #SUBSCRIPTION_TYPE}).
 * @param callbackUri URI of the endpoint to which the notifications of this subscription are sent.
 * @param appLcmOpOccSubscriptionFilter Criteria selecting the LCM operation occurrences to notify about.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppLcmOpOccSubscriptionRequest")
public record AppLcmOpOccSubscriptionRequest(
    @JsonProperty("subscriptionType") @NotNull String subscriptionType,
    @JsonProperty("callbackUri") @NotNull String callbackUri,
    @JsonProperty("appLcmOpOccSubscriptionFilter") @Valid @Nullable AppLcmOpOccSubscriptionFilter appLcmOpOccSubscriptionFilter) {

  /** The {@code subscriptionType} of this kind of subscription: {@value}. */
  public static final String SUBSCRIPTION_TYPE = "AppLcmOpOccStateChangeSubscription";
}
