package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.TimeStamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A notification that an application instance identifier was deleted, sent to the subscribers of an
 * {@link AppInstIdDeletionSubscriptionInfo}.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.30 (MEC010-2_AppLcm.yaml, schema
 * AppInstanceIdentifierDeletionNotification).
 *
 * @param id Identifier of this notification; every copy sent for several subscriptions has the same value.
 * @param notificationType Notification type; always {@code "AppIdentifierDeletionSubscription"}
 *     ({@link #NOTIFICATION_TYPE}).
 * @param subscriptionId Identifier of the subscription the notification is sent for.
 * @param timeStamp When the notification was generated.
 * @param appInstanceId Identifier of the deleted application instance.
 * @param links Links to the related subscription and to the deleted application instance.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppInstanceIdentifierDeletionNotification")
public record AppInstanceIdentifierDeletionNotification(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("notificationType") @NotNull String notificationType,
    @JsonProperty("subscriptionId") @NotNull String subscriptionId,
    @JsonProperty("timeStamp") @NotNull @Valid TimeStamp timeStamp,
    @JsonProperty("appInstanceId") @NotNull String appInstanceId,
    @JsonProperty("_links") @NotNull @Valid AppInstanceIdentifierNotificationLinks links) {

  /** The {@code notificationType} of this kind of notification: {@value}. */
  public static final String NOTIFICATION_TYPE = "AppIdentifierDeletionSubscription";

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

  /** Builds {@link AppInstanceIdentifierDeletionNotification} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String notificationType;
    private @Nullable String subscriptionId;
    private @Nullable TimeStamp timeStamp;
    private @Nullable String appInstanceId;
    private @Nullable AppInstanceIdentifierNotificationLinks links;

    private Builder() {}

    private Builder(AppInstanceIdentifierDeletionNotification source) {
      this.id = source.id;
      this.notificationType = source.notificationType;
      this.subscriptionId = source.subscriptionId;
      this.timeStamp = source.timeStamp;
      this.appInstanceId = source.appInstanceId;
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
     * Sets {@code appInstanceId}: Identifier of the deleted application instance.
     *
     * @param appInstanceId the value
     * @return this builder
     */
    public Builder appInstanceId(@Nullable String appInstanceId) {
      this.appInstanceId = appInstanceId;
      return this;
    }

    /**
     * Sets {@code _links}: Links to the related subscription and to the deleted application instance.
     *
     * @param links the value
     * @return this builder
     */
    public Builder links(@Nullable AppInstanceIdentifierNotificationLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Builds the {@link AppInstanceIdentifierDeletionNotification}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppInstanceIdentifierDeletionNotification build() {
      return new AppInstanceIdentifierDeletionNotification(id, notificationType, subscriptionId, timeStamp, appInstanceId, links);
    }
  }
}
