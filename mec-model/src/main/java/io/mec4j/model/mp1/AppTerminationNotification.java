package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code AppTerminationNotification} data type of ETSI GS MEC 011 (clause 7.1.4.2).
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema AppTerminationNotification).
 *
 * @param notificationType Shall be set to "AppTerminationNotification". (required)
 * @param operationAction Operation that is being performed on the MEC application instance: STOPPING TERMINATING (required)
 * @param maxGracefulTimeout Maximum non-zero timeout value in seconds for graceful termination or graceful stop of an application instance. (required)
 * @param links Object containing hyperlinks related to the resource. (required)
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
     * Sets {@code notificationType}: Shall be set to "AppTerminationNotification".
     *
     * @param notificationType the value
     * @return this builder
     */
    public Builder notificationType(@Nullable String notificationType) {
      this.notificationType = notificationType;
      return this;
    }

    /**
     * Sets {@code operationAction}: Operation that is being performed on the MEC application instance: STOPPING TERMINATING.
     *
     * @param operationAction the value
     * @return this builder
     */
    public Builder operationAction(@Nullable OperationActionType operationAction) {
      this.operationAction = operationAction;
      return this;
    }

    /**
     * Sets {@code maxGracefulTimeout}: Maximum non-zero timeout value in seconds for graceful termination or graceful stop of an application instance.
     *
     * @param maxGracefulTimeout the value
     * @return this builder
     */
    public Builder maxGracefulTimeout(@Nullable Long maxGracefulTimeout) {
      this.maxGracefulTimeout = maxGracefulTimeout;
      return this;
    }

    /**
     * Sets {@code _links}: Object containing hyperlinks related to the resource.
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
