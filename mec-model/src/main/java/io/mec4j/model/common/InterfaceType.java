package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The kind of interface to which the MEC host data plane sends the traffic that matches a rule.
 *
 * <p>Attribute {@code interfaceType} of {@code DestinationInterface} (ETSI GS MEC 011, clause 7.1.5.3) and of
 * {@code InterfaceDescriptor} (ETSI GS MEC 010-2); the files give the placeholder {@code SEE_DESCRIPTION}, the values
 * come from the spec text.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum InterfaceType {
  /** A tunnel, described by a {@link TunnelInfo}. */
  TUNNEL,
  /** An interface identified by MAC addresses. */
  MAC,
  /** An interface identified by the IP address of the remote destination. */
  IP,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
