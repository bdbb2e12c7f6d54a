package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * How an NTP server's address is given: as an IP address or as a DNS name.
 *
 * <p>Attribute {@code ntpServerAddrType} of {@code NtpServers} (ETSI GS MEC 011, clause 7.1.2.4). The v3.1.1 file
 * declares it as an array of strings; the spec text and MEC 011 v2.1.1 make it one enumerated value.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum NtpServerAddressType {
  /** The address is an IP address. */
  IP_ADDRESS,
  /** The address is a DNS name. */
  DNS_NAME,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
