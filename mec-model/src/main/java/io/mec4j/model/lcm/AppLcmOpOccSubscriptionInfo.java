package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SelfLinks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A subscription to application LCM operation occurrence notifications ({@link AppLcmOpOccNotification}).
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.15 (MEC010-2_AppLcm.yaml, schema AppLcmOpOccSubscriptionInfo).
 *
 * @param id Identifier of this subscription resource.
 * @param subscriptionType Subscription type; always {@code "AppLcmOpOccStateChangeSubscription"}
 *     ({@link #SUBSCRIPTION_TYPE}).
 * @param callbackUri URI of the endpoint to which the notifications of this subscription are sent.
 * @param appLcmOpOccSubscriptionFilter Criteria selecting the LCM operation occurrences to notify about.
 * @param links Link to this subscription resource.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppLcmOpOccSubscriptionInfo")
public record AppLcmOpOccSubscriptionInfo(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("subscriptionType") @NotNull String subscriptionType,
    @JsonProperty("callbackUri") @NotNull String callbackUri,
    @JsonProperty("appLcmOpOccSubscriptionFilter") @Valid @Nullable AppLcmOpOccSubscriptionFilter appLcmOpOccSubscriptionFilter,
    @JsonProperty("_links") @NotNull @Valid SelfLinks links) {

  /** The {@code subscriptionType} of this kind of subscription: {@value}. */
  public static final String SUBSCRIPTION_TYPE = "AppLcmOpOccStateChangeSubscription";

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

  /** Builds {@link AppLcmOpOccSubscriptionInfo} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String subscriptionType;
    private @Nullable String callbackUri;
    private @Nullable AppLcmOpOccSubscriptionFilter appLcmOpOccSubscriptionFilter;
    private @Nullable SelfLinks links;

    private Builder() {}

    private Builder(AppLcmOpOccSubscriptionInfo source) {
      this.id = source.id;
      this.subscriptionType = source.subscriptionType;
      this.callbackUri = source.callbackUri;
      this.appLcmOpOccSubscriptionFilter = source.appLcmOpOccSubscriptionFilter;
      this.links = source.links;
    }

    /**
     * Sets {@code id}: Identifier of this subscription resource.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
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
     * Sets {@code appLcmOpOccSubscriptionFilter}: Criteria selecting the LCM operation occurrences to notify about.
     *
     * @param appLcmOpOccSubscriptionFilter the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appLcmOpOccSubscriptionFilter(@Nullable AppLcmOpOccSubscriptionFilter appLcmOpOccSubscriptionFilter) {
      this.appLcmOpOccSubscriptionFilter = appLcmOpOccSubscriptionFilter;
      return this;
    }

    /**
     * Sets {@code _links}: Link to this subscription resource.
     *
     * @param links the value
     * @return this builder
     */
    public Builder links(@Nullable SelfLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Builds the {@link AppLcmOpOccSubscriptionInfo}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppLcmOpOccSubscriptionInfo build() {
      return new AppLcmOpOccSubscriptionInfo(id, subscriptionType, callbackUri, appLcmOpOccSubscriptionFilter, links);
    }
  }
}
