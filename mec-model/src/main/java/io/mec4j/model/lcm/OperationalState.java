package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Operational state of an onboarded application package.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum OperationalState {
  /** Wire value {@code ENABLED}. */
  ENABLED,
  /** Wire value {@code DISABLED}. */
  DISABLED,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
