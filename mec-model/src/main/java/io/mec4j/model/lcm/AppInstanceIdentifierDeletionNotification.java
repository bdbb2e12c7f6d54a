package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.TimeStamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code AppInstanceIdentifierDeletionNotification} data type of ETSI GS MEC 010-2 (clause 6.2.2.30).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema AppInstanceIdentifierDeletionNotification).
 *
 * @param id Identifier of this notification. If a notification is sent multiple times due to multiple subscriptions, the "notificationId" attribute of all these notifications shall have the same value. (required)
 * @param notificationType Discriminator for the different notification types. Shall be set to "AppIdentifierDeletionSubscription" for this notification type. (required)
 * @param subscriptionId Identifier of the subscription related to this notification. (required)
 * @param timeStamp Date and time of the notification generation. (required)
 * @param appInstanceId The deleted application instance Identifier. (required)
 * @param links Links to resources related to this notification. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppInstanceIdentifierDeletionNotification")
public record AppInstanceIdentifierDeletionNotification(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("notificationType") @NotNull String notificationType,
    @JsonProperty("subscriptionId") @NotNull String subscriptionId,
    @JsonProperty("timeStamp") @NotNull @Valid TimeStamp timeStamp,
    @JsonProperty("appInstanceId") @NotNull String appInstanceId,
    @JsonProperty("_links") @NotNull @Valid AppInstanceIdentifierNotificationLinks links) {

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
     * Sets {@code appInstanceId}: The deleted application instance Identifier.
     *
     * @param appInstanceId the value
     * @return this builder
     */
    public Builder appInstanceId(@Nullable String appInstanceId) {
      this.appInstanceId = appInstanceId;
      return this;
    }

    /**
     * Sets {@code _links}: Links to resources related to this notification.
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
