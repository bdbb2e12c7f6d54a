package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Identifier of layer(s) and protocol(s).
 * <p>Permitted values: IP_OVER_ETHERNET.
 * <p>See note.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum CpLayerProtocol {
  /** Wire value {@code IP_OVER_ETHERNET}. */
  IP_OVER_ETHERNET,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
