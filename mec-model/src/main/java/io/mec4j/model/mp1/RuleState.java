package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Whether a traffic rule or a DNS rule is applied by the MEC platform; a MEC application changes it with HTTP PUT.
 *
 * <p>Attribute {@code state} of {@code TrafficRule} and {@code DnsRule} (ETSI GS MEC 011, clauses 7.1.2.2 and 7.1.2.3);
 * the file gives the placeholder {@code SEE_DESCRIPTION}, the values come from the spec text.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum RuleState {
  /** The rule is applied. */
  ACTIVE,
  /** The rule is not applied. */
  INACTIVE,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
