package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Type of virtualized storage resource.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum TypeOfStorage {
  /** Wire value {@code BLOCK}. */
  BLOCK,
  /** Wire value {@code OBJECT}. */
  OBJECT,
  /** Wire value {@code FILE}. */
  FILE,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
