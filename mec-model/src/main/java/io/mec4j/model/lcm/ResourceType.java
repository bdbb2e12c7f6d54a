package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Type of the resource definition referenced.
 * Permitted values:
 * COMPUTE.
 * STORAGE.
 * LINKPORT
 * OSCONTAINER, see note.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum ResourceType {
  /** Wire value {@code COMPUTE}. */
  COMPUTE,
  /** Wire value {@code STORAGE}. */
  STORAGE,
  /** Wire value {@code LINKPORT}. */
  LINKPORT,
  /** Wire value {@code OSCONTAINER}. */
  OSCONTAINER,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
