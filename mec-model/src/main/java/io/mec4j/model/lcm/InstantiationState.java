package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Instantiation state of the application instance:
 * NOT_INSTANTIATED: the application instance is not instantiated.
 * INSTANTIATED: the application instance has been instantiated.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum InstantiationState {
  /** Wire value {@code NOT_INSTANTIATED}. */
  NOT_INSTANTIATED,
  /** Wire value {@code INSTANTIATED}. */
  INSTANTIATED,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
