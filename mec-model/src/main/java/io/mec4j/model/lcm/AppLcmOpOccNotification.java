package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.TimeStamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A notification that an application LCM operation occurrence changed state, sent to the subscribers of an
 * {@link AppLcmOpOccSubscriptionInfo}.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.16 (MEC010-2_AppLcm.yaml, schema AppLcmOpOccNotification).
 *
 * @param id Identifier of this notification; every copy sent for several subscriptions has the same value.
 * @param notificationType Notification type; always {@code "AppLcmOpOccStateChangeSubscription"}
 *     ({@link #NOTIFICATION_TYPE}).
 * @param operationType The LCM operation of the occurrence.
 * @param operationState The state the occurrence is in now.
 * @param subscriptionId Identifier of the subscription the notification is sent for.
 * @param timeStamp When the notification was generated.
 * @param appLcmOpOccId Identifier of the LCM operation occurrence.
 * @param appInstanceId Identifier of the application instance.
 * @param links Links to the application instance, the subscription and the LCM operation occurrence.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppLcmOpOccNotification")
public record AppLcmOpOccNotification(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("notificationType") @NotNull String notificationType,
    @JsonProperty("operationType") @NotNull LcmOperation operationType,
    @JsonProperty("operationState") @NotNull OperationState operationState,
    @JsonProperty("subscriptionId") @NotNull String subscriptionId,
    @JsonProperty("timeStamp") @NotNull @Valid TimeStamp timeStamp,
    @JsonProperty("appLcmOpOccId") @NotNull String appLcmOpOccId,
    @JsonProperty("appInstanceId") @NotNull String appInstanceId,
    @JsonProperty("_links") @NotNull @Valid AppLcmOpOccNotificationLinks links) {

  /** The {@code notificationType} of this kind of notification: {@value}. */
  public static final String NOTIFICATION_TYPE = "AppLcmOpOccStateChangeSubscription";

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

  /** Builds {@link AppLcmOpOccNotification} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String notificationType;
    private @Nullable LcmOperation operationType;
    private @Nullable OperationState operationState;
    private @Nullable String subscriptionId;
    private @Nullable TimeStamp timeStamp;
    private @Nullable String appLcmOpOccId;
    private @Nullable String appInstanceId;
    private @Nullable AppLcmOpOccNotificationLinks links;

    private Builder() {}

    private Builder(AppLcmOpOccNotification source) {
      this.id = source.id;
      this.notificationType = source.notificationType;
      this.operationType = source.operationType;
      this.operationState = source.operationState;
      this.subscriptionId = source.subscriptionId;
      this.timeStamp = source.timeStamp;
      this.appLcmOpOccId = source.appLcmOpOccId;
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
     * Sets {@code operationType}: The LCM operation of the occurrence.
     *
     * @param operationType the value
     * @return this builder
     */
    public Builder operationType(@Nullable LcmOperation operationType) {
      this.operationType = operationType;
      return this;
    }

    /**
     * Sets {@code operationState}: The state the occurrence is in now.
     *
     * @param operationState the value
     * @return this builder
     */
    public Builder operationState(@Nullable OperationState operationState) {
      this.operationState = operationState;
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
     * Sets {@code appLcmOpOccId}: Identifier of the LCM operation occurrence.
     *
     * @param appLcmOpOccId the value
     * @return this builder
     */
    public Builder appLcmOpOccId(@Nullable String appLcmOpOccId) {
      this.appLcmOpOccId = appLcmOpOccId;
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
     * Sets {@code _links}: Links to the application instance, the subscription and the LCM operation occurrence.
     *
     * @param links the value
     * @return this builder
     */
    public Builder links(@Nullable AppLcmOpOccNotificationLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Builds the {@link AppLcmOpOccNotification}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppLcmOpOccNotification build() {
      return new AppLcmOpOccNotification(id, notificationType, operationType, operationState, subscriptionId, timeStamp, appLcmOpOccId, appInstanceId, links);
    }
  }
}
