package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * State of an application LCM operation occurrence.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum OperationState {
  /** Wire value {@code STARTING}. */
  STARTING,
  /** Wire value {@code PROCESSING}. */
  PROCESSING,
  /** Wire value {@code COMPLETED}. */
  COMPLETED,
  /** Wire value {@code FAILED}. */
  FAILED,
  /** Wire value {@code FAILED_TEMP}. */
  FAILED_TEMP,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
