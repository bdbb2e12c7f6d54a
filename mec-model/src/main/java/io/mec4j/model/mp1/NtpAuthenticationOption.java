package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The authentication an NTP server uses.
 *
 * <p>Attribute {@code authenticationOption} of {@code NtpServers} (ETSI GS MEC 011, clause 7.1.2.4). The v3.1.1 file
 * declares it as an array of strings; the spec text and MEC 011 v2.1.1 make it one enumerated value.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum NtpAuthenticationOption {
  /** No authentication. */
  NONE,
  /** Symmetric key authentication (IETF RFC 5905); the key number is then given. */
  SYMMETRIC_KEY,
  /** Autokey public key authentication (IETF RFC 5906). */
  AUTO_KEY,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
