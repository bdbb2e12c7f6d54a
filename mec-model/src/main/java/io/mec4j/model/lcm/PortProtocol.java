package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The L4 protocol for this port exposed by the VirtualCp.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum PortProtocol {
  /** Wire value {@code TCP}. */
  TCP,
  /** Wire value {@code UDP}. */
  UDP,
  /** Wire value {@code SCTP}. */
  SCTP,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
