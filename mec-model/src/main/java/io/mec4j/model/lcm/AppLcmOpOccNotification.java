package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.TimeStamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code AppLcmOpOccNotification} data type of ETSI GS MEC 010-2 (clause 6.2.2.16).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema AppLcmOpOccNotification).
 *
 * @param id Identifier of this notification. If a notification is sent multiple times due to multiple subscriptions, the "notificationId" attribute of all these notifications shall have the same value. (required)
 * @param notificationType Discriminator for the different notification types. Shall be set to "AppLcmOpOccStateChangeSubscription" for this notification type. (required)
 * @param operationType Type of the LCM operation represented by this application instance LCM operation occurrence. <p>Permitted values: INSTANTIATE. OPERATE. TERMINATE. (required)
 * @param operationState Operation state: <p>STARTING: the LCM operation starting. PROCESSING: the LCM operation is currently in execution. COMPLETED: the LCM operation has been completed. FAILED: The LCM operation has failed and it cannot be retried, as it is determined that such action will not succeed. FAILED_TEMP: The LCM operation has failed and execution has stopped, but the execution of the operation is not considered to be closed. (required)
 * @param subscriptionId Identifier of the subscription to this notification. (required)
 * @param timeStamp Date and time of the notification generation. (required)
 * @param appLcmOpOccId Identifier of application lifecycle management operation occurrence. (required)
 * @param appInstanceId Identifier of application instance. (required)
 * @param links Links to resources related to this notification. (required)
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
     * Sets {@code operationType}: Type of the LCM operation represented by this application instance LCM operation occurrence.
     *
     * @param operationType the value
     * @return this builder
     */
    public Builder operationType(@Nullable LcmOperation operationType) {
      this.operationType = operationType;
      return this;
    }

    /**
     * Sets {@code operationState}: Operation state: <p>STARTING: the LCM operation starting.
     *
     * @param operationState the value
     * @return this builder
     */
    public Builder operationState(@Nullable OperationState operationState) {
      this.operationState = operationState;
      return this;
    }

    /**
     * Sets {@code subscriptionId}: Identifier of the subscription to this notification.
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
     * Sets {@code appLcmOpOccId}: Identifier of application lifecycle management operation occurrence.
     *
     * @param appLcmOpOccId the value
     * @return this builder
     */
    public Builder appLcmOpOccId(@Nullable String appLcmOpOccId) {
      this.appLcmOpOccId = appLcmOpOccId;
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
     * Sets {@code _links}: Links to resources related to this notification.
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
