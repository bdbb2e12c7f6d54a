package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.TimeStamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * An application LCM operation occurrence: one instantiate, operate or terminate operation on an application
 * instance, and how far it got.
 *
 * <p>An occurrence goes from STARTING through PROCESSING to COMPLETED or FAILED; FAILED_TEMP is a failure that is not
 * closed yet. {@code operationParams} is the request that started the operation: an {@link InstantiateAppRequest},
 * {@link OperateAppRequest} or {@link TerminateAppRequest} for {@code lcmOperation} INSTANTIATE, OPERATE or
 * TERMINATE.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.13 (MEC010-2_AppLcm.yaml, schema AppLcmOpOcc).
 *
 * @param id Identifier of this LCM operation occurrence.
 * @param operationState State of the operation.
 * @param stateEnteredTime When the current state was entered.
 * @param startTime When the operation started.
 * @param lcmOperation The LCM operation this occurrence is of; it decides the type of {@code operationParams}.
 * @param operationParams Input of the operation, the request of type matching {@code lcmOperation}; present when the
 *     occurrence is read individually.
 * @param isCancelPending True while the operation is PROCESSING and being cancelled, false otherwise.
 * @param cancelMode How the operation is being cancelled; present if and only if {@code isCancelPending} is true.
 * @param links Links to this occurrence and to the application instance it applies to.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppLcmOpOcc")
public record AppLcmOpOcc(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("operationState") @NotNull OperationState operationState,
    @JsonProperty("stateEnteredTime") @NotNull @Valid TimeStamp stateEnteredTime,
    @JsonProperty("startTime") @NotNull @Valid TimeStamp startTime,
    @JsonProperty("lcmOperation") @NotNull LcmOperation lcmOperation,
    @JsonProperty("operationParams") @Valid @Nullable LcmOperationParams operationParams,
    @JsonProperty("isCancelPending") @Nullable Boolean isCancelPending,
    @JsonProperty("cancelMode") @Valid @Nullable CancelMode cancelMode,
    @JsonProperty("_links") @NotNull @Valid AppLcmOpOccLinks links) {

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

  /** Builds {@link AppLcmOpOcc} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable OperationState operationState;
    private @Nullable TimeStamp stateEnteredTime;
    private @Nullable TimeStamp startTime;
    private @Nullable LcmOperation lcmOperation;
    private @Nullable LcmOperationParams operationParams;
    private @Nullable Boolean isCancelPending;
    private @Nullable CancelMode cancelMode;
    private @Nullable AppLcmOpOccLinks links;

    private Builder() {}

    private Builder(AppLcmOpOcc source) {
      this.id = source.id;
      this.operationState = source.operationState;
      this.stateEnteredTime = source.stateEnteredTime;
      this.startTime = source.startTime;
      this.lcmOperation = source.lcmOperation;
      this.operationParams = source.operationParams;
      this.isCancelPending = source.isCancelPending;
      this.cancelMode = source.cancelMode;
      this.links = source.links;
    }

    /**
     * Sets {@code id}: Identifier of this LCM operation occurrence.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code operationState}: State of the operation.
     *
     * @param operationState the value
     * @return this builder
     */
    public Builder operationState(@Nullable OperationState operationState) {
      this.operationState = operationState;
      return this;
    }

    /**
     * Sets {@code stateEnteredTime}: When the current state was entered.
     *
     * @param stateEnteredTime the value
     * @return this builder
     */
    public Builder stateEnteredTime(@Nullable TimeStamp stateEnteredTime) {
      this.stateEnteredTime = stateEnteredTime;
      return this;
    }

    /**
     * Sets {@code startTime}: When the operation started.
     *
     * @param startTime the value
     * @return this builder
     */
    public Builder startTime(@Nullable TimeStamp startTime) {
      this.startTime = startTime;
      return this;
    }

    /**
     * Sets {@code lcmOperation}: The LCM operation this occurrence is of.
     *
     * @param lcmOperation the value
     * @return this builder
     */
    public Builder lcmOperation(@Nullable LcmOperation lcmOperation) {
      this.lcmOperation = lcmOperation;
      return this;
    }

    /**
     * Sets {@code operationParams}: Input of the operation, the request of type matching {@code lcmOperation}.
     *
     * @param operationParams the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder operationParams(@Nullable LcmOperationParams operationParams) {
      this.operationParams = operationParams;
      return this;
    }

    /**
     * Sets {@code isCancelPending}: True while the operation is PROCESSING and being cancelled, false otherwise.
     *
     * @param isCancelPending the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder isCancelPending(@Nullable Boolean isCancelPending) {
      this.isCancelPending = isCancelPending;
      return this;
    }

    /**
     * Sets {@code cancelMode}: How the operation is being cancelled.
     *
     * @param cancelMode the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder cancelMode(@Nullable CancelMode cancelMode) {
      this.cancelMode = cancelMode;
      return this;
    }

    /**
     * Sets {@code _links}: Links to this occurrence and to the application instance it applies to.
     *
     * @param links the value
     * @return this builder
     */
    public Builder links(@Nullable AppLcmOpOccLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Builds the {@link AppLcmOpOcc}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppLcmOpOcc build() {
      return new AppLcmOpOcc(id, operationState, stateEnteredTime, startTime, lcmOperation, operationParams, isCancelPending, cancelMode, links);
    }
  }
}
