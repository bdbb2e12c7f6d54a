package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Whether the MEC platform's time source is locked to UTC.
 *
 * <p>Attribute {@code timeSourceStatus} of {@code CurrentTime} (ETSI GS MEC 011, clause 7.1.2.5); the file gives the
 * placeholder {@code source}, the values come from the spec text.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum TimeSourceStatus {
  /** The time source is locked to the UTC time source. */
  TRACEABLE,
  /** The time source is not locked to the UTC time source. */
  NONTRACEABLE,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
