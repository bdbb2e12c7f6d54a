package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Whether an application instance is instantiated.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum InstantiationState {
  /** The application instance is not instantiated. */
  NOT_INSTANTIATED,
  /** The application instance has been instantiated. */
  INSTANTIATED,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
