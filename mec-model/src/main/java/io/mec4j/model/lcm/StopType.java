package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Whether an application is stopped or terminated at once (FORCEFUL) or after being taken out of service (GRACEFUL).
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum StopType {
  /** Wire value {@code FORCEFUL}. */
  FORCEFUL,
  /** Wire value {@code GRACEFUL}. */
  GRACEFUL,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
