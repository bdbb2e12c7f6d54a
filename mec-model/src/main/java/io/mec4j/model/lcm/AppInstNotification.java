package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SubscriptionLinks;
import io.mec4j.model.common.TimeStamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A notification that an application instance changed state (not instantiated, started or stopped), sent to the
 * subscribers of an {@link AppInstSubscriptionInfo}.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.11 (MEC010-2_AppLcm.yaml, schema AppInstNotification).
 *
 * @param id Identifier of this notification; every copy sent for several subscriptions has the same value.
 * @param notificationType Notification type; always {@code "AppInstanceStateChangeSubscription"}
 *     ({@link #NOTIFICATION_TYPE}).
 * @param appInstanceState The state the application instance is in now.
 * @param subscriptionId Identifier of the subscription the notification is sent for.
 * @param timeStamp When the notification was generated.
 * @param appInstanceId Identifier of the application instance.
 * @param appPkgId Identifier of the onboarded application package the instance was created from.
 * @param appDId Identifier of the application descriptor (AppD) of the instance, globally unique.
 * @param appInstLocation Where the application instance is deployed; present if and only if it is instantiated.
 * @param links Link to the related subscription.
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

  /** The {@code notificationType} of this kind of notification: {@value}. */
  public static final String NOTIFICATION_TYPE = "AppInstanceStateChangeSubscription";

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
     * Sets {@code notificationType}: Notification type.
     *
     * @param notificationType the value
     * @return this builder
     */
    public Builder notificationType(@Nullable String notificationType) {
      this.notificationType = notificationType;
      return this;
    }

    /**
     * Sets {@code appInstanceState}: The state the application instance is in now.
     *
     * @param appInstanceState the value
     * @return this builder
     */
    public Builder appInstanceState(@Nullable AppInstanceState appInstanceState) {
      this.appInstanceState = appInstanceState;
      return this;
    }

    /**
     * Sets {@code subscriptionId}: Identifier of the subscription the notification is sent for.
     *
     * @param subscriptionId the value
     * @return this builder
     */
    public Builder subscriptionId(@Nullable String subscriptionId) {
      this.subscriptionId = subscriptionId;
      return this;
    }

    /**
     * Sets {@code timeStamp}: When the notification was generated.
     *
     * @param timeStamp the value
     * @return this builder
     */
    public Builder timeStamp(@Nullable TimeStamp timeStamp) {
      this.timeStamp = timeStamp;
      return this;
    }

    /**
     * Sets {@code appInstanceId}: Identifier of the application instance.
     *
     * @param appInstanceId the value
     * @return this builder
     */
    public Builder appInstanceId(@Nullable String appInstanceId) {
      this.appInstanceId = appInstanceId;
      return this;
    }

    /**
     * Sets {@code appPkgId}: Identifier of the onboarded application package the instance was created from.
     *
     * @param appPkgId the value
     * @return this builder
     */
    public Builder appPkgId(@Nullable String appPkgId) {
      this.appPkgId = appPkgId;
      return this;
    }

    /**
     * Sets {@code appDId}: Identifier of the application descriptor (AppD) of the instance, globally unique.
     *
     * @param appDId the value
     * @return this builder
     */
    public Builder appDId(@Nullable String appDId) {
      this.appDId = appDId;
      return this;
    }

    /**
     * Sets {@code appInstLocation}: Where the application instance is deployed.
     *
     * @param appInstLocation the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appInstLocation(@Nullable LocationInformation appInstLocation) {
      this.appInstLocation = appInstLocation;
      return this;
    }

    /**
     * Sets {@code _links}: Link to the related subscription.
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
