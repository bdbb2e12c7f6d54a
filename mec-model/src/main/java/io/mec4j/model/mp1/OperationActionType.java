package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The operation the MEC platform is performing on a MEC application instance: stopping or terminating it.
 *
 * <p>Attribute {@code operationAction} of {@code AppTerminationNotification} and {@code AppTerminationConfirmation}
 * (ETSI GS MEC 011, clauses 7.1.4.2 and 7.1.4.3). The file lists only {@code TERMINATING} for the notification and the
 * placeholder {@code SEE_DESCRIPTION} for the confirmation, whose spec text misspells the other value "STOPPPING"; the
 * values are {@code STOPPING} and {@code TERMINATING}, as in the notification's text and in MEC 011 v2.1.1.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum OperationActionType {
  /** The application instance is being stopped. */
  STOPPING,
  /** The application instance is being terminated. */
  TERMINATING,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
