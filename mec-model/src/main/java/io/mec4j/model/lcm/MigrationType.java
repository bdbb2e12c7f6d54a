package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Specifies the allowed migration types in order of preference in case of an impact.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum MigrationType {
  /** Wire value {@code NO_MIGRATION}. */
  NO_MIGRATION,
  /** Wire value {@code OFFLINE_MIGRATION}. */
  OFFLINE_MIGRATION,
  /** Wire value {@code LIVE_MIGRATION}. */
  LIVE_MIGRATION,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
