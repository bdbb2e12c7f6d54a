package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The IP address type of a DNS rule.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum IpAddressType {
  /** Wire value {@code IP_V6}. */
  IP_V6,
  /** Wire value {@code IP_V4}. */
  IP_V4,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
