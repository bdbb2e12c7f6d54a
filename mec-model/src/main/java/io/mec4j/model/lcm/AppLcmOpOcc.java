package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.TimeStamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code AppLcmOpOcc} data type of ETSI GS MEC 010-2 (clause 6.2.2.13).
 * <p>  Note 1: Void.
 * Note 2: This object contains structured data, and shall comply with the provisions of clause 4 of IETF RFC 8259 [5].
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema AppLcmOpOcc).
 *
 * @param id Identifier of the subscription to application LCM operation occurrence notification. (required)
 * @param operationState Operation state: STARTING: the LCM operation starting. PROCESSING: the LCM operation is currently in execution. COMPLETED: the LCM operation has been completed. FAILED: The LCM operation has failed and it cannot be retried, as it is determined that such action will not succeed. FAILED_TEMP: The LCM operation has failed and execution has stopped, but the execution of the operation is not considered to be closed. (required)
 * @param stateEnteredTime Date and time when the current state was entered. (required)
 * @param startTime Date and time of the start of the operation. (required)
 * @param lcmOperation Type of the actual LCM operation represented by this application instance LCM operation occurrence: INSTANTIATE. OPERATE. TERMINATE. This attribute is associated to the operationParams. (required)
 * @param operationParams Input parameters of the LCM operation. This attribute shall be formatted according to the request data type of the related LCM operation. The following mapping between LCM operation and the data type of this attribute shall apply: INSTANTIATE: InstantiateAppRequest. OPERATE: OperateAppRequest. TERMINATE: TerminateAppRequest. This attribute shall be present if this data type is returned in a response to reading an individual resource. See note 2.
 * @param isCancelPending If the application LCM operation occurrence operationState is in "PROCESSING" state and the operation is being cancelled, this attribute shall be set to true. Otherwise, it shall be set to false.
 * @param cancelMode The mode of a cancellation: GRACEFUL: Indicates ongoing resource management operations in the underlying system are being allowed to complete execution or timing out. FORCEFUL: Indicates ongoing resource management operations in the underlying system are being forcefully cancelled. Shall be present when isCancelPending equals true and shall be absent otherwise.
 * @param links Links to resources related to this resource. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppLcmOpOcc")
public record AppLcmOpOcc(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("operationState") @NotNull OperationState operationState,
    @JsonProperty("stateEnteredTime") @NotNull @Valid TimeStamp stateEnteredTime,
    @JsonProperty("startTime") @NotNull @Valid TimeStamp startTime,
    @JsonProperty("lcmOperation") @NotNull LcmOperation lcmOperation,
    @JsonProperty("operationParams") @Valid @Nullable InstantiateAppRequest operationParams,
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
    private @Nullable InstantiateAppRequest operationParams;
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
     * Sets {@code id}: Identifier of the subscription to application LCM operation occurrence notification.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code operationState}: Operation state: STARTING: the LCM operation starting.
     *
     * @param operationState the value
     * @return this builder
     */
    public Builder operationState(@Nullable OperationState operationState) {
      this.operationState = operationState;
      return this;
    }

    /**
     * Sets {@code stateEnteredTime}: Date and time when the current state was entered.
     *
     * @param stateEnteredTime the value
     * @return this builder
     */
    public Builder stateEnteredTime(@Nullable TimeStamp stateEnteredTime) {
      this.stateEnteredTime = stateEnteredTime;
      return this;
    }

    /**
     * Sets {@code startTime}: Date and time of the start of the operation.
     *
     * @param startTime the value
     * @return this builder
     */
    public Builder startTime(@Nullable TimeStamp startTime) {
      this.startTime = startTime;
      return this;
    }

    /**
     * Sets {@code lcmOperation}: Type of the actual LCM operation represented by this application instance LCM operation occurrence: INSTANTIATE.
     *
     * @param lcmOperation the value
     * @return this builder
     */
    public Builder lcmOperation(@Nullable LcmOperation lcmOperation) {
      this.lcmOperation = lcmOperation;
      return this;
    }

    /**
     * Sets {@code operationParams}: Input parameters of the LCM operation.
     *
     * @param operationParams the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder operationParams(@Nullable InstantiateAppRequest operationParams) {
      this.operationParams = operationParams;
      return this;
    }

    /**
     * Sets {@code isCancelPending}: If the application LCM operation occurrence operationState is in "PROCESSING" state and the operation is being cancelled, this attribute shall be set to true.
     *
     * @param isCancelPending the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder isCancelPending(@Nullable Boolean isCancelPending) {
      this.isCancelPending = isCancelPending;
      return this;
    }

    /**
     * Sets {@code cancelMode}: The mode of a cancellation: GRACEFUL: Indicates ongoing resource management operations in the underlying system are being allowed to complete execution or timing out.
     *
     * @param cancelMode the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder cancelMode(@Nullable CancelMode cancelMode) {
      this.cancelMode = cancelMode;
      return this;
    }

    /**
     * Sets {@code _links}: Links to resources related to this resource.
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
