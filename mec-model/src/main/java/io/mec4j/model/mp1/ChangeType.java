package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * How the availability of a MEC service changed, as reported in a service availability notification.
 *
 * <p>Attribute {@code changeType} of {@code ServiceReferences} (ETSI GS MEC 011, clause 8.1.4.2); the file gives the
 * placeholder {@code SEE_DESCRIPTION}, the values come from the spec text.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum ChangeType {
  /** The service was newly added. */
  ADDED,
  /** The service was removed. */
  REMOVED,
  /** Only the state of the service changed. */
  STATE_CHANGED,
  /** At least one attribute other than the state changed; the state may have changed too. */
  ATTRIBUTES_CHANGED,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
