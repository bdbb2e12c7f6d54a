package io.mec4j.client;

import java.util.Objects;

/**
 * Supplies the OAuth 2.0 bearer token a client sends in {@code Authorization: Bearer <token>}.
 *
 * <p>Clients call {@link #token()} before every request, so an implementation caches. When a server answers 401 to a
 * token, the client calls {@link #invalidate(String)} and, if {@link #token()} then gives a different token, repeats
 * the request once with it. Implementations must be thread-safe; {@link #token()} may block (e.g. to fetch a token).
 *
 * <pre>{@code
 * TokenProvider fixed = TokenProvider.of(System.getenv("MEC_TOKEN"));
 * TokenProvider oauth = OAuth2ClientCredentials.builder()
 *     .tokenEndpoint(URI.create("https://auth.mec.example/oauth2/token"))
 *     .clientId("app-1").clientSecret(secret).build();
 * }</pre>
 */
@FunctionalInterface
public interface TokenProvider {

  /**
   * The token to send now.
   *
   * @return a bearer token, without the {@code Bearer } prefix
   * @throws io.mec4j.model.error.MecException when no token can be had (e.g. the token endpoint refused the client)
   */
  String token();

  /**
   * A server rejected {@code token} (401): forget it, so the next {@link #token()} gets a fresh one. The default does
   * nothing (a fixed token cannot be renewed).
   *
   * @param token the rejected token
   */
  default void invalidate(String token) {}

  /**
   * Whether {@link #token()} always returns the same token. A fixed token is sent as it is, without the one retry with
   * a fresh token after a 401 that renewable providers get. The default is {@code false}.
   *
   * @return true for {@link #of(String)}
   */
  default boolean isFixed() {
    return false;
  }

  /**
   * A provider that always gives the same token.
   *
   * @param token the bearer token
   * @return the provider
   */
  static TokenProvider of(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    return new TokenProvider() {
      @Override
      public String token() {
        return token;
      }

      @Override
      public boolean isFixed() {
        return true;
      }

      @Override
      public String toString() {
        return "TokenProvider.of(***)";
      }
    };
  }
}
