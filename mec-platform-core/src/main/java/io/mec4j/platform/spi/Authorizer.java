package io.mec4j.platform.spi;

import io.mec4j.model.error.MecUnauthorizedException;
import org.jspecify.annotations.Nullable;

/**
 * Turns a request's credentials into a {@link Caller}. What each caller may then do is decided by the engine
 * (an application instance only changes what it owns).
 *
 * <p>The default, {@link HmacTokenAuthorizer}, issues and verifies signed bearer tokens, one per application
 * instance. {@link #open()} accepts everything and is only for local development.
 */
public interface Authorizer {

  /**
   * Authenticates a request.
   *
   * @param authorizationHeader the request's {@code Authorization} header, or {@code null}
   * @return the caller
   * @throws MecUnauthorizedException when the credentials are missing, malformed, expired or forged
   */
  Caller authenticate(@Nullable String authorizationHeader);

  /**
   * Issues a bearer token for an application instance, when this authorizer can.
   *
   * @param appInstanceId the application instance
   * @return the token, to be sent as {@code Authorization: Bearer <token>}
   * @throws UnsupportedOperationException when this authorizer does not issue tokens
   */
  default String issueToken(String appInstanceId) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " does not issue tokens");
  }

  /**
   * Issues a bearer token for the platform's management side, when this authorizer can.
   *
   * @return the token
   * @throws UnsupportedOperationException when this authorizer does not issue tokens
   */
  default String issuePlatformToken() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " does not issue tokens");
  }

  /**
   * Whether every request is let through unchecked.
   *
   * @return true for open mode
   */
  default boolean isOpen() {
    return false;
  }

  /**
   * Open mode for local development: no credentials are checked and every caller may do everything. Never use it
   * where anything but your own tests can reach the platform.
   *
   * @return the open authorizer
   */
  static Authorizer open() {
    return OpenAuthorizer.INSTANCE;
  }
}
