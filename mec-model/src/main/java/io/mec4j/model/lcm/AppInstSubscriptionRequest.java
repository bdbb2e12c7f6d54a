package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A request to subscribe to application instance state change notifications.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.12 (MEC010-2_AppLcm.yaml, schema AppInstSubscriptionRequest).
 *
 * @param subscriptionType Subscription type; always {@code "AppInstanceStateChangeSubscription"}
 *     ({@link #SUBSCRIPTION_TYPE}).
 * @param callbackUri URI of the endpoint to which the notifications of this subscription are sent.
 * @param appInstanceState Only changes to this state are notified; all states if absent.
 * @param appInstanceSubscriptionFilter Criteria selecting the application instances to notify about.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppInstSubscriptionRequest")
public record AppInstSubscriptionRequest(
    @JsonProperty("subscriptionType") @NotNull String subscriptionType,
    @JsonProperty("callbackUri") @NotNull String callbackUri,
    @JsonProperty("appInstanceState") @Nullable AppInstanceState appInstanceState,
    @JsonProperty("appInstanceSubscriptionFilter") @Valid @Nullable AppInstanceSubscriptionFilter appInstanceSubscriptionFilter) {

  /** The {@code subscriptionType} of this kind of subscription: {@value}. */
  public static final String SUBSCRIPTION_TYPE = "AppInstanceStateChangeSubscription";

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder pre-filled with this record's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link AppInstSubscriptionRequest} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String subscriptionType;
    private @Nullable String callbackUri;
    private @Nullable AppInstanceState appInstanceState;
    private @Nullable AppInstanceSubscriptionFilter appInstanceSubscriptionFilter;

    private Builder() {}

    private Builder(AppInstSubscriptionRequest source) {
      this.subscriptionType = source.subscriptionType;
      this.callbackUri = source.callbackUri;
      this.appInstanceState = source.appInstanceState;
      this.appInstanceSubscriptionFilter = source.appInstanceSubscriptionFilter;
    }

    /**
     * Sets {@code subscriptionType}: Subscription type.
     *
     * @param subscriptionType the value
     * @return this builder
     */
    public Builder subscriptionType(@Nullable String subscriptionType) {
      this.subscriptionType = subscriptionType;
      return this;
    }

    /**
     * Sets {@code callbackUri}: URI of the endpoint to which the notifications of this subscription are sent.
     *
     * @param callbackUri the value
     * @return this builder
     */
    public Builder callbackUri(@Nullable String callbackUri) {
      this.callbackUri = callbackUri;
      return this;
    }

    /**
     * Sets {@code appInstanceState}: Only changes to this state are notified.
     *
     * @param appInstanceState the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appInstanceState(@Nullable AppInstanceState appInstanceState) {
      this.appInstanceState = appInstanceState;
      return this;
    }

    /**
     * Sets {@code appInstanceSubscriptionFilter}: Criteria selecting the application instances to notify about.
     *
     * @param appInstanceSubscriptionFilter the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appInstanceSubscriptionFilter(@Nullable AppInstanceSubscriptionFilter appInstanceSubscriptionFilter) {
      this.appInstanceSubscriptionFilter = appInstanceSubscriptionFilter;
      return this;
    }

    /**
     * Builds the {@link AppInstSubscriptionRequest}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppInstSubscriptionRequest build() {
      return new AppInstSubscriptionRequest(subscriptionType, callbackUri, appInstanceState, appInstanceSubscriptionFilter);
    }
  }
}
