package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Operational state of an instantiated application instance, and the target state of an operate request.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum AppOperationalState {
  /** The application instance is up and running. */
  STARTED,
  /** The application instance has stopped operation. */
  STOPPED,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
