package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A request to subscribe to notifications of newly created application instance identifiers.
 *
 * <p>A filter, if given, selects by descriptor or provider ({@link AppInstSelectorType#APP_D_ID} or
 * {@link AppInstSelectorType#APP_FROM_PROVIDER}): instances that do not exist yet have no identifier or name to
 * match.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.25 (MEC010-2_AppLcm.yaml, schema AppInstIdCreationSubscriptionRequest).
 *
 * @param subscriptionType Subscription type; always {@code "AppIdentifierCreationSubscription"}
 *     ({@link #SUBSCRIPTION_TYPE}).
 * @param callbackUri URI of the endpoint to which the notifications of this subscription are sent.
 * @param appInstanceSubscriptionFilter Criteria selecting the application instances whose new identifiers are
 *     notified; the selector type is APP_D_ID or APP_FROM_PROVIDER.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppInstIdCreationSubscriptionRequest")
public record AppInstIdCreationSubscriptionRequest(
    @JsonProperty("subscriptionType") @NotNull String subscriptionType,
    @JsonProperty("callbackUri") @NotNull String callbackUri,
    @JsonProperty("appInstanceSubscriptionFilter") @Valid @Nullable AppInstanceSubscriptionFilter appInstanceSubscriptionFilter) {

  /** The {@code subscriptionType} of this kind of subscription: {@value}. */
  public static final String SUBSCRIPTION_TYPE = "AppIdentifierCreationSubscription";
}
