package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Whether an application instance is stopped or terminated at once or after being taken out of service.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum StopType {
  /** At once, after accepting the request. */
  FORCEFUL,
  /** After taking the application instance out of service, or when the graceful timeout expires. */
  GRACEFUL,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
