package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * State of an application instance as LCM subscriptions and notifications report it.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum AppInstanceState {
  /** The application instance is not instantiated. */
  NOT_INSTANTIATED,
  /** The application instance is up and running. */
  STARTED,
  /** The application instance has stopped operation. */
  STOPPED,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
