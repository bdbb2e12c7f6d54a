package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Specifies the intent of the VNF designer with respect to the internal VL instances created from this descriptor being externally managed.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum ExternallyManaged {
  /** Wire value {@code REQUIRED}. */
  REQUIRED,
  /** Wire value {@code ALLOWED}. */
  ALLOWED,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
