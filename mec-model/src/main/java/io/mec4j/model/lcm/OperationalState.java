package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Whether an onboarded application package can be used to instantiate new application instances.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.3.3.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when reading and must
 * not be sent.
 */
public enum OperationalState {
  /** New application instances can be created from the package. */
  ENABLED,
  /** No further application instances can be created from the package. */
  DISABLED,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
