package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The type of the IP addresses.
 * <p>Permitted values: IPV4, IPV6.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum IpVersion {
  /** Wire value {@code IPV4}. */
  IPV4,
  /** Wire value {@code IPV6}. */
  IPV6,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
