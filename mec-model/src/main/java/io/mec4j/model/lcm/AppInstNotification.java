package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SubscriptionLinks;
import io.mec4j.model.common.TimeStamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code AppInstNotification} data type of ETSI GS MEC 010-2 (clause 6.2.2.11).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema AppInstNotification).
 *
 * @param id Identifier of this notification. If a notification is sent multiple times due to multiple subscriptions, the "notificationId" attribute of all these notifications shall have the same value. (required)
 * @param notificationType Discriminator for the different notification types. Shall be set to "AppInstanceStateChangeSubscription" for this notification type. (required)
 * @param appInstanceState Application instance state: NOT_INSTANTIATED: the application instance is not instantiated. STARTED: the application instance is up and running. STOPPED: the application instance stops operation. (required)
 * @param subscriptionId Identifier of the subscription related to this notification. (required)
 * @param timeStamp Date and time of the notification generation. (required)
 * @param appInstanceId Identifier of application instance. (required)
 * @param appPkgId Identifier of the onboarded application package. (required)
 * @param appDId The application descriptor identifier identifies the application package and the application descriptor in a globally unique way. (required)
 * @param appInstLocation Location of the MEC application instance. Shall be present if the application instance is instantiated and shall be absent otherwise.
 * @param links Links to resources related to this notification. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppInstNotification")
public record AppInstNotification(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("notificationType") @NotNull String notificationType,
    @JsonProperty("appInstanceState") @NotNull AppInstanceState appInstanceState,
    @JsonProperty("subscriptionId") @NotNull String subscriptionId,
    @JsonProperty("timeStamp") @NotNull @Valid TimeStamp timeStamp,
    @JsonProperty("appInstanceId") @NotNull String appInstanceId,
    @JsonProperty("appPkgId") @NotNull String appPkgId,
    @JsonProperty("appDId") @NotNull String appDId,
    @JsonProperty("appInstLocation") @Valid @Nullable LocationInformation appInstLocation,
    @JsonProperty("_links") @NotNull @Valid SubscriptionLinks links) {

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

  /** Builds {@link AppInstNotification} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String notificationType;
    private @Nullable AppInstanceState appInstanceState;
    private @Nullable String subscriptionId;
    private @Nullable TimeStamp timeStamp;
    private @Nullable String appInstanceId;
    private @Nullable String appPkgId;
    private @Nullable String appDId;
    private @Nullable LocationInformation appInstLocation;
    private @Nullable SubscriptionLinks links;

    private Builder() {}

    private Builder(AppInstNotification source) {
      this.id = source.id;
      this.notificationType = source.notificationType;
      this.appInstanceState = source.appInstanceState;
      this.subscriptionId = source.subscriptionId;
      this.timeStamp = source.timeStamp;
      this.appInstanceId = source.appInstanceId;
      this.appPkgId = source.appPkgId;
      this.appDId = source.appDId;
      this.appInstLocation = source.appInstLocation;
      this.links = source.links;
    }

    /**
     * Sets {@code id}: Identifier of this notification.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code notificationType}: Discriminator for the different notification types.
     *
     * @param notificationType the value
     * @return this builder
     */
    public Builder notificationType(@Nullable String notificationType) {
      this.notificationType = notificationType;
      return this;
    }

    /**
     * Sets {@code appInstanceState}: Application instance state: NOT_INSTANTIATED: the application instance is not instantiated.
     *
     * @param appInstanceState the value
     * @return this builder
     */
    public Builder appInstanceState(@Nullable AppInstanceState appInstanceState) {
      this.appInstanceState = appInstanceState;
      return this;
    }

    /**
     * Sets {@code subscriptionId}: Identifier of the subscription related to this notification.
     *
     * @param subscriptionId the value
     * @return this builder
     */
    public Builder subscriptionId(@Nullable String subscriptionId) {
      this.subscriptionId = subscriptionId;
      return this;
    }

    /**
     * Sets {@code timeStamp}: Date and time of the notification generation.
     *
     * @param timeStamp the value
     * @return this builder
     */
    public Builder timeStamp(@Nullable TimeStamp timeStamp) {
      this.timeStamp = timeStamp;
      return this;
    }

    /**
     * Sets {@code appInstanceId}: Identifier of application instance.
     *
     * @param appInstanceId the value
     * @return this builder
     */
    public Builder appInstanceId(@Nullable String appInstanceId) {
      this.appInstanceId = appInstanceId;
      return this;
    }

    /**
     * Sets {@code appPkgId}: Identifier of the onboarded application package.
     *
     * @param appPkgId the value
     * @return this builder
     */
    public Builder appPkgId(@Nullable String appPkgId) {
      this.appPkgId = appPkgId;
      return this;
    }

    /**
     * Sets {@code appDId}: The application descriptor identifier identifies the application package and the application descriptor in a globally unique way.
     *
     * @param appDId the value
     * @return this builder
     */
    public Builder appDId(@Nullable String appDId) {
      this.appDId = appDId;
      return this;
    }

    /**
     * Sets {@code appInstLocation}: Location of the MEC application instance.
     *
     * @param appInstLocation the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appInstLocation(@Nullable LocationInformation appInstLocation) {
      this.appInstLocation = appInstLocation;
      return this;
    }

    /**
     * Sets {@code _links}: Links to resources related to this notification.
     *
     * @param links the value
     * @return this builder
     */
    public Builder links(@Nullable SubscriptionLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Builds the {@link AppInstNotification}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppInstNotification build() {
      return new AppInstNotification(id, notificationType, appInstanceState, subscriptionId, timeStamp, appInstanceId, appPkgId, appDId, appInstLocation, links);
    }
  }
}
