package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Type of a tunnel.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum TunnelType {
  /** Wire value {@code GTP_U}. */
  GTP_U,
  /** Wire value {@code GRE}. */
  GRE,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
