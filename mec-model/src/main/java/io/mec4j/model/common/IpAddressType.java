package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The IP version of the address a DNS rule resolves a domain name to.
 *
 * <p>Attribute {@code ipAddressType} of {@code DnsRule} (ETSI GS MEC 011, clause 7.1.2.3) and of
 * {@code DNSRuleDescriptor} (ETSI GS MEC 010-2); the values come from the spec text.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum IpAddressType {
  /** An IPv6 address. */
  IP_V6,
  /** An IPv4 address. */
  IP_V4,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
