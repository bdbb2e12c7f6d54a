package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * OAuth 2.0 grant types (IETF RFC 6749); MEC 011 supports only OAUTH2_CLIENT_CREDENTIALS.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum GrantType {
  /** Wire value {@code OAUTH2_AUTHORIZATION_CODE}. */
  OAUTH2_AUTHORIZATION_CODE,
  /** Wire value {@code OAUTH2_IMPLICIT_GRANT}. */
  OAUTH2_IMPLICIT_GRANT,
  /** Wire value {@code OAUTH2_RESOURCE_OWNER}. */
  OAUTH2_RESOURCE_OWNER,
  /** Wire value {@code OAUTH2_CLIENT_CREDENTIALS}. */
  OAUTH2_CLIENT_CREDENTIALS,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
