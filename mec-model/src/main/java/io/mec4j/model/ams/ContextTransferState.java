package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import io.mec4j.model.EtsiSchema;

/**
 * If present, it represents the state of transferring the user context to another application instance.
 *
 * <p>Defined in ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema contextTransferState1_).
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "contextTransferState1_")
public enum ContextTransferState {
  /** Wire value {@code NOT_TRANSFERRED}. */
  NOT_TRANSFERRED,
  /** Wire value {@code USER_CONTEXT_TRANSFER_COMPLETED}. */
  USER_CONTEXT_TRANSFER_COMPLETED,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
