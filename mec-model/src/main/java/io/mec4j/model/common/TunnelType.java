package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The encapsulation of a tunnel that carries traffic to or from a MEC application.
 *
 * <p>Attribute {@code tunnelType} of {@link TunnelInfo} (ETSI GS MEC 011, clause 7.1.5.4; ETSI GS MEC 010-2, clause
 * 6.2.1.12); the files give the placeholder {@code SEE_DESCRIPTION}, the values come from the spec text.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum TunnelType {
  /** GPRS tunnelling protocol, user plane (3GPP TS 29.281). */
  GTP_U,
  /** Generic routing encapsulation (IETF RFC 2784). */
  GRE,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
