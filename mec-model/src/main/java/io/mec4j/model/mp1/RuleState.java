package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * State of a traffic or DNS rule; it may be changed with HTTP PUT.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum RuleState {
  /** Wire value {@code ACTIVE}. */
  ACTIVE,
  /** Wire value {@code INACTIVE}. */
  INACTIVE,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
