package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * IP version of the addresses to assign to a connection point.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum IpVersion {
  /** IP version 4. */
  IPV4,
  /** IP version 6. */
  IPV6,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
