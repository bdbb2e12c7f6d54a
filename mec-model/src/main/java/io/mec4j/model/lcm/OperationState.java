package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * State of an application LCM operation occurrence.
 *
 * <p>An occurrence goes from STARTING through PROCESSING to COMPLETED or FAILED; COMPLETED and FAILED are final.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum OperationState {
  /** The operation is starting. */
  STARTING,
  /** The operation is being executed. */
  PROCESSING,
  /** The operation has completed. */
  COMPLETED,
  /** The operation has failed and cannot be retried: it is determined that a retry would not succeed. */
  FAILED,
  /** The operation has failed and its execution has stopped, but the operation is not considered closed. */
  FAILED_TEMP,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
