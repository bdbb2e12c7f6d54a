package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Indicates the policy for CPU pinning.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum VirtualCpuPinningPolicy {
  /** Wire value {@code STATIC}. */
  STATIC,
  /** Wire value {@code DYNAMIC}. */
  DYNAMIC,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
