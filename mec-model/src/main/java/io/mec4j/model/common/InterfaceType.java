package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Type of a destination interface.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum InterfaceType {
  /** Wire value {@code TUNNEL}. */
  TUNNEL,
  /** Wire value {@code MAC}. */
  MAC,
  /** Wire value {@code IP}. */
  IP,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
