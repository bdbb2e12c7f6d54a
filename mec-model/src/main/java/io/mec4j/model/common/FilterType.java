package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Whether a traffic filter matches per FLOW (both directions in one context) or per PACKET.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum FilterType {
  /** Wire value {@code FLOW}. */
  FLOW,
  /** Wire value {@code PACKET}. */
  PACKET,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
