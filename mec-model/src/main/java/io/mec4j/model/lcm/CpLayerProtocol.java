package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Layer and protocol of the network data of an external connection point; only IP over Ethernet is defined.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum CpLayerProtocol {
  /** IP over Ethernet. */
  IP_OVER_ETHERNET,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
