package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Type of an application LCM operation.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum LcmOperation {
  /** Wire value {@code INSTANTIATE}. */
  INSTANTIATE,
  /** Wire value {@code OPERATE}. */
  OPERATE,
  /** Wire value {@code TERMINATE}. */
  TERMINATE,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
