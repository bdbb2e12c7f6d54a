package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Protocols a virtual link uses.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum LayerProtocol {
  /** Wire value {@code Ethernet}. */
  @JsonProperty("Ethernet")
  ETHERNET,
  /** Wire value {@code MPLS}. */
  MPLS,
  /** Wire value {@code ODU2}. */
  ODU2,
  /** Wire value {@code IPV4}. */
  IPV4,
  /** Wire value {@code IPV6}. */
  IPV6,
  /** Wire value {@code Pseudo-Wire}. */
  @JsonProperty("Pseudo-Wire")
  PSEUDO_WIRE,
  /** Wire value {@code Etc.}. */
  @JsonProperty("Etc.")
  ETC,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
