package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * An OAuth 2.0 grant type (IETF RFC 6749) a transport supports for obtaining access tokens.
 *
 * <p>Entries of {@code OAuth2Info.grantTypes} (ETSI GS MEC 011, clause 8.1.5.4); the files give the placeholder
 * {@code SEE_DESCRIPTION}, the values come from the spec text. MEC 011 supports only
 * {@link #OAUTH2_CLIENT_CREDENTIALS}.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum GrantType {
  /** Authorization code grant. */
  OAUTH2_AUTHORIZATION_CODE,
  /** Implicit grant. */
  OAUTH2_IMPLICIT_GRANT,
  /** Resource owner password credentials grant. */
  OAUTH2_RESOURCE_OWNER,
  /** Client credentials grant, the only one MEC 011 supports. */
  OAUTH2_CLIENT_CREDENTIALS,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
