package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SelfLinks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A subscription to notifications of deleted application instance identifiers
 * ({@link AppInstanceIdentifierDeletionNotification}).
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.29 (MEC010-2_AppLcm.yaml, schema AppInstIdDeletionSubscriptionInfo).
 *
 * @param id Identifier of this subscription resource.
 * @param subscriptionType Subscription type; always {@code "AppIdentifierDeletionSubscription"}
 *     ({@link #SUBSCRIPTION_TYPE}).
 * @param callbackUri URI of the endpoint to which the notifications of this subscription are sent.
 * @param appInstanceSubscriptionFilter Criteria selecting the application instances whose deletion is notified.
 * @param links Link to this subscription resource.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppInstIdDeletionSubscriptionInfo")
public record AppInstIdDeletionSubscriptionInfo(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("subscriptionType") @NotNull String subscriptionType,
    @JsonProperty("callbackUri") @NotNull String callbackUri,
    @JsonProperty("appInstanceSubscriptionFilter") @Valid @Nullable AppInstanceSubscriptionFilter appInstanceSubscriptionFilter,
    @JsonProperty("_links") @NotNull @Valid SelfLinks links) {

  /** The {@code subscriptionType} of this kind of subscription: {@value}. */
  public static final String SUBSCRIPTION_TYPE = "AppIdentifierDeletionSubscription";

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

  /** Builds {@link AppInstIdDeletionSubscriptionInfo} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String subscriptionType;
    private @Nullable String callbackUri;
    private @Nullable AppInstanceSubscriptionFilter appInstanceSubscriptionFilter;
    private @Nullable SelfLinks links;

    private Builder() {}

    private Builder(AppInstIdDeletionSubscriptionInfo source) {
      this.id = source.id;
      this.subscriptionType = source.subscriptionType;
      this.callbackUri = source.callbackUri;
      this.appInstanceSubscriptionFilter = source.appInstanceSubscriptionFilter;
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
     * Sets {@code appInstanceSubscriptionFilter}: Criteria selecting the application instances whose deletion is
     * notified.
     *
     * @param appInstanceSubscriptionFilter the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appInstanceSubscriptionFilter(@Nullable AppInstanceSubscriptionFilter appInstanceSubscriptionFilter) {
      this.appInstanceSubscriptionFilter = appInstanceSubscriptionFilter;
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
     * Builds the {@link AppInstIdDeletionSubscriptionInfo}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppInstIdDeletionSubscriptionInfo build() {
      return new AppInstIdDeletionSubscriptionInfo(id, subscriptionType, callbackUri, appInstanceSubscriptionFilter, links);
    }
  }
}
