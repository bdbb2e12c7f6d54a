package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * An application lifecycle management operation: the operation of an LCM operation occurrence, or the one a grant is requested for.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum LcmOperation {
  /** Instantiate an application instance ({@link InstantiateAppRequest}). */
  INSTANTIATE,
  /** Start or stop an application instance ({@link OperateAppRequest}). */
  OPERATE,
  /** Terminate an application instance ({@link TerminateAppRequest}). */
  TERMINATE,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
