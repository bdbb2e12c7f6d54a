package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Usage state of an onboarded application package.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum UsageState {
  /** Wire value {@code IN_USE}. */
  IN_USE,
  /** Wire value {@code NOT_IN_USE}. */
  NOT_IN_USE,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
