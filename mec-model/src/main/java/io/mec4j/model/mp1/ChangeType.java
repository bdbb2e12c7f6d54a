package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Type of the change.
 * Valid values:
 * ADDED:
 * The service was newly added.
 * REMOVED:
 * The service was removed.
 * STATE_CHANGED:
 * Only the state of the service was changed.
 * ATTRIBUTES_CHANGED:
 * At least one attribute of the service other than state was changed. The change may or may not include changing the state.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum ChangeType {
  /** Wire value {@code ADDED}. */
  ADDED,
  /** Wire value {@code REMOVED}. */
  REMOVED,
  /** Wire value {@code STATE_CHANGED}. */
  STATE_CHANGED,
  /** Wire value {@code ATTRIBUTES_CHANGED}. */
  ATTRIBUTES_CHANGED,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
