package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * How a traffic filter applies: to whole flows or to single packets.
 *
 * <p>Attribute {@code filterType} of {@code TrafficRule} (ETSI GS MEC 011, clause 7.1.2.2) and of
 * {@code TrafficRuleDescriptor} (ETSI GS MEC 010-2, clause 6.2.1.9); the files give the placeholder
 * {@code SEE_DESCRIPTION}, the values come from the spec text.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum FilterType {
  /**
   * The filter matches the packets of a flow in one direction (e.g. UE to core network), and the packets of the reverse
   * direction are handled in the same context.
   */
  FLOW,
  /** The filter matches each packet on its own. */
  PACKET,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
