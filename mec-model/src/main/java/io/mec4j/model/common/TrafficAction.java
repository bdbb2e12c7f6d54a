package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The action of the MEC host data plane when a packet matches a traffic filter.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum TrafficAction {
  /** Wire value {@code DROP}. */
  DROP,
  /** Wire value {@code FORWARD_DECAPSULATED}. */
  FORWARD_DECAPSULATED,
  /** Wire value {@code FORWARD_ENCAPSULATED}. */
  FORWARD_ENCAPSULATED,
  /** Wire value {@code PASSTHROUGH}. */
  PASSTHROUGH,
  /** Wire value {@code DUPLICATE_DECAPSULATED}. */
  DUPLICATE_DECAPSULATED,
  /** Wire value {@code DUPLICATE_ENCAPSULATED}. */
  DUPLICATE_ENCAPSULATED,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
