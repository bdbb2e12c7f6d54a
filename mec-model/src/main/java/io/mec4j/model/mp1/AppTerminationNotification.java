package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A notification from the MEC platform that a MEC application instance is about to be stopped or terminated.
 *
 * <p>Data type {@code AppTerminationNotification} of ETSI GS MEC 011, clause 7.1.4.2. The application may confirm
 * earlier than the timeout by sending an {@link AppTerminationConfirmation} to the {@code confirmTermination} link.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema AppTerminationNotification).
 *
 * @param notificationType always {@code AppTerminationNotification}
 * @param operationAction the operation being performed on the application instance
 * @param maxGracefulTimeout maximum time, in seconds (non-zero, uint32), for the graceful stop or termination
 * @param links links to the subscription and to the confirmation task
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "AppTerminationNotification")
public record AppTerminationNotification(
    @JsonProperty("notificationType") @NotNull String notificationType,
    @JsonProperty("operationAction") @NotNull OperationActionType operationAction,
    @JsonProperty("maxGracefulTimeout") @NotNull Long maxGracefulTimeout,
    @JsonProperty("_links") @NotNull @Valid AppTerminationNotificationLinks links) {

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

  /** Builds {@link AppTerminationNotification} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String notificationType;
    private @Nullable OperationActionType operationAction;
    private @Nullable Long maxGracefulTimeout;
    private @Nullable AppTerminationNotificationLinks links;

    private Builder() {}

    private Builder(AppTerminationNotification source) {
      this.notificationType = source.notificationType;
      this.operationAction = source.operationAction;
      this.maxGracefulTimeout = source.maxGracefulTimeout;
      this.links = source.links;
    }

    /**
     * Sets {@code notificationType}: always {@code AppTerminationNotification}.
     *
     * @param notificationType the value
     * @return this builder
     */
    public Builder notificationType(@Nullable String notificationType) {
      this.notificationType = notificationType;
      return this;
    }

    /**
     * Sets {@code operationAction}: the operation being performed on the application instance.
     *
     * @param operationAction the value
     * @return this builder
     */
    public Builder operationAction(@Nullable OperationActionType operationAction) {
      this.operationAction = operationAction;
      return this;
    }

    /**
     * Sets {@code maxGracefulTimeout}: maximum time, in seconds, for the graceful stop or termination.
     *
     * @param maxGracefulTimeout the value
     * @return this builder
     */
    public Builder maxGracefulTimeout(@Nullable Long maxGracefulTimeout) {
      this.maxGracefulTimeout = maxGracefulTimeout;
      return this;
    }

    /**
     * Sets {@code links}: links to the subscription and to the confirmation task.
     *
     * @param links the value
     * @return this builder
     */
    public Builder links(@Nullable AppTerminationNotificationLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Builds the {@link AppTerminationNotification}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppTerminationNotification build() {
      return new AppTerminationNotification(notificationType, operationAction, maxGracefulTimeout, links);
    }
  }
}
