package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Intervention action for cancelling an LCM operation.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum CancelModeType {
  /** Wire value {@code GRACEFUL}. */
  GRACEFUL,
  /** Wire value {@code FORCED}. */
  FORCED,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
