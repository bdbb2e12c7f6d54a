package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Operation being performed on the MEC application instance.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum OperationActionType {
  /** Wire value {@code STOPPING}. */
  STOPPING,
  /** Wire value {@code TERMINATING}. */
  TERMINATING,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
