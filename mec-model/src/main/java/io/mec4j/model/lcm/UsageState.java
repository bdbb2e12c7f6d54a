package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Whether application instances created from an application package exist.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.3.3.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when reading and must
 * not be sent.
 */
public enum UsageState {
  /** Application instances created from the package exist. */
  IN_USE,
  /** No application instance created from the package exists. */
  NOT_IN_USE,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
