package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Platform time source status: TRACEABLE when locked to the UTC time source, NONTRACEABLE otherwise.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum TimeSourceStatus {
  /** Wire value {@code TRACEABLE}. */
  TRACEABLE,
  /** Wire value {@code NONTRACEABLE}. */
  NONTRACEABLE,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
