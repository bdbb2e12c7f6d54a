package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * What the MEC host data plane does with a packet that matches a traffic rule's filter.
 *
 * <p>Attribute {@code action} of {@code TrafficRule} (ETSI GS MEC 011, clause 7.1.2.2) and of
 * {@code TrafficRuleDescriptor} (ETSI GS MEC 010-2); the files list one value or the placeholder
 * {@code SEE_DESCRIPTION}, the values come from the spec text. Forwarding actions take one destination interface,
 * duplicating actions two, {@link #DROP} none.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum TrafficAction {
  /** Drop the packet. */
  DROP,
  /** Forward the packet to the destination interface, decapsulated. */
  FORWARD_DECAPSULATED,
  /** Forward the packet to the destination interface, encapsulated. */
  FORWARD_ENCAPSULATED,
  /** Let the packet pass through unchanged. */
  PASSTHROUGH,
  /** Duplicate the packet to two destination interfaces, decapsulated. */
  DUPLICATE_DECAPSULATED,
  /** Duplicate the packet to two destination interfaces, encapsulated. */
  DUPLICATE_ENCAPSULATED,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
