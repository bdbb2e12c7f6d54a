package io.mec4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mec4j.client.internal.HttpTransport;
import io.mec4j.client.internal.Readers;
import io.mec4j.client.internal.Reply;
import io.mec4j.model.MecJson;
import io.mec4j.model.common.ProblemDetails;
import io.mec4j.model.error.MecServiceException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * OAuth 2.0 client credentials grant (RFC 6749 clause 4.4): fetches bearer tokens from a token endpoint, caches them,
 * fetches a new one shortly before the cached one expires, and a new one at once when a server rejects it.
 *
 * <pre>{@code
 * try (OAuth2ClientCredentials tokens = OAuth2ClientCredentials.builder()
 *         .tokenEndpoint(URI.create("https://auth.mec.example/oauth2/token"))
 *         .clientId("video-analytics-1").clientSecret(secret).scope("mec_service_mgmt")
 *         .build();
 *     ServiceMgmtClient mp1 = ServiceMgmtClient.builder().baseUri(base).tokenProvider(tokens).build()) {
 *   ...
 * }
 * }</pre>
 *
 * <p>The client authenticates to the token endpoint with HTTP Basic (the default) or with {@code client_id} and
 * {@code client_secret} in the form body. Concurrent callers share one token request. Thread-safe. The secret and the
 * tokens are never logged nor shown by {@link #toString()}.
 */
public final class OAuth2ClientCredentials implements TokenProvider, AutoCloseable {

  /** How the client proves its identity to the token endpoint (RFC 6749 clause 2.3.1). */
  public enum ClientAuthentication {
    /** {@code Authorization: Basic base64(client_id:client_secret)}, each part form-encoded first. */
    BASIC,
    /** {@code client_id} and {@code client_secret} as form parameters. */
    POST
  }

  private final URI tokenEndpoint;
  private final String clientId;
  private final String clientSecret;
  private final @Nullable String scope;
  private final ClientAuthentication authentication;
  private final Duration refreshBefore;
  private final Clock clock;
  private final HttpTransport http;
  private final Object lock = new Object();
  private volatile @Nullable Cached cached;

  private record Cached(String token, @Nullable Instant refreshAt) {}

  private OAuth2ClientCredentials(Builder b, HttpTransport http) {
    this.tokenEndpoint = Objects.requireNonNull(b.tokenEndpoint);
    this.clientId = Objects.requireNonNull(b.clientId);
    this.clientSecret = Objects.requireNonNull(b.clientSecret);
    this.scope = b.scopes.isEmpty() ? null : String.join(" ", b.scopes);
    this.authentication = b.authentication;
    this.refreshBefore = b.refreshBefore;
    this.clock = b.clock;
    this.http = http;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The cached token, or a new one when there is none or it expires within the refresh margin.
   *
   * @return the access token
   * @throws MecServiceException when the token endpoint refuses (e.g. 401 {@code invalid_client})
   * @throws MecClientException when the token endpoint cannot be reached or answers nonsense
   */
  @Override
  public String token() {
    Cached c = cached;
    if (c != null && fresh(c)) {
      return c.token();
    }
    synchronized (lock) {
      c = cached;
      if (c != null && fresh(c)) {
        return c.token();
      }
      c = fetch();
      cached = c;
      return c.token();
    }
  }

  private boolean fresh(@Nullable Cached c) {
    return c != null && (c.refreshAt() == null || clock.instant().isBefore(c.refreshAt()));
  }

  /**
   * Forgets {@code token} if it is the cached one, so the next {@link #token()} fetches a new one.
   *
   * @param token the token a server rejected
   */
  @Override
  public void invalidate(String token) {
    synchronized (lock) {
      Cached c = cached;
      if (c != null && c.token().equals(token)) {
        cached = null;
      }
    }
  }

  private Cached fetch() {
    StringBuilder form = new StringBuilder("grant_type=client_credentials");
    if (scope != null) {
      form.append("&scope=").append(enc(scope));
    }
    if (authentication == ClientAuthentication.POST) {
      form.append("&client_id=").append(enc(clientId)).append("&client_secret=").append(enc(clientSecret));
    }
    var ex = http.exchange("POST", tokenEndpoint, OAuth2ClientCredentials::tokenReply)
        .bytes(form.toString().getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded")
        .header("Accept", "application/json");
    if (authentication == ClientAuthentication.BASIC) {
      ex.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (enc(clientId) + ":" + enc(clientSecret)).getBytes(StandardCharsets.UTF_8)));
    }
    Instant requested = clock.instant();
    TokenReply reply;
    try {
      reply = http.send(ex.build());
    } catch (MecServiceException e) {
      throw refused(e);
    }
    Instant refreshAt = null;
    if (reply.expiresIn() != null && reply.expiresIn() > 0) {
      Duration lifetime = Duration.ofSeconds(reply.expiresIn());
      Duration margin = refreshBefore.compareTo(lifetime.dividedBy(2)) < 0 ? refreshBefore : lifetime.dividedBy(2);
      refreshAt = requested.plus(lifetime).minus(margin);
    }
    return new Cached(reply.accessToken(), refreshAt);
  }

  private record TokenReply(String accessToken, @Nullable Long expiresIn) {}

  private static TokenReply tokenReply(Reply r) {
    JsonNode json = Readers.decode(r, MecJson.mapper().readerFor(JsonNode.class), "OAuth 2.0 token response");
    JsonNode token = json.get("access_token");
    if (token == null || !token.isTextual() || token.asText().isBlank()) {
      throw new MecClientException("The token endpoint " + r.uri() + " answered " + r.status() + " without an"
          + " access_token: check that tokenEndpoint is the OAuth 2.0 token endpoint", r.method(), r.uri(), null);
    }
    String type = json.path("token_type").asText("Bearer");
    if (!type.equalsIgnoreCase("bearer")) {
      throw new MecClientException("The token endpoint " + r.uri() + " issued a token of type " + type
          + "; MEC APIs need Bearer tokens", r.method(), r.uri(), null);
    }
    JsonNode exp = json.get("expires_in");
    Long expiresIn = exp != null && exp.canConvertToLong() ? exp.asLong() : null;
    if (expiresIn == null && exp != null && exp.isTextual()) {
      try {
        expiresIn = Long.parseLong(exp.asText().strip());
      } catch (NumberFormatException ignored) {
        expiresIn = null;
      }
    }
    return new TokenReply(token.asText(), expiresIn);
  }

  private MecServiceException refused(MecServiceException e) {
    // an OAuth error answer is {"error":"invalid_client","error_description":"..."}, not a ProblemDetails
    String error = e.problem().title();
    String description = e.problem().detail();
    String hint = switch (e.status()) {
      case 400, 401 -> "check clientId, clientSecret, scope and the client authentication method ("
          + authentication + ")";
      case 403 -> "the client may not use the client credentials grant or this scope";
      default -> "the token endpoint failed; try again later";
    };
    ProblemDetails p = ProblemDetails.of(e.status(), "Token request refused" + (error == null ? "" : " (" + error
        + ")"), (description == null ? "" : description + "; ") + hint);
    return MecServiceException.of(p, "POST", tokenEndpoint);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Releases the connection pool used for token requests. */
  @Override
  public void close() {
    http.close();
  }

  @Override
  public String toString() {
    return "OAuth2ClientCredentials[tokenEndpoint=" + tokenEndpoint + ", clientId=" + clientId + "]";
  }

  /** Builds an {@link OAuth2ClientCredentials}; the token endpoint is reached with the TLS settings given here. */
  public static final class Builder extends MecClientBuilder<Builder> {
    private @Nullable URI tokenEndpoint;
    private @Nullable String clientId;
    private @Nullable String clientSecret;
    private final List<String> scopes = new ArrayList<>();
    private ClientAuthentication authentication = ClientAuthentication.BASIC;
    private Duration refreshBefore = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();

    private Builder() {
      retryPolicy(RetryPolicy.defaults());
    }

    /**
     * The token endpoint.
     *
     * @param uri e.g. {@code https://auth.mec.example/oauth2/token}
     * @return this builder
     */
    public Builder tokenEndpoint(URI uri) {
      baseUri(uri);
      this.tokenEndpoint = uri;
      return this;
    }

    /**
     * The client identifier.
     *
     * @param clientId the id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * The client secret.
     *
     * @param clientSecret the secret
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * Scopes to request; none by default.
     *
     * @param scopes scope tokens
     * @return this builder
     */
    public Builder scope(String... scopes) {
      for (String s : scopes) {
        this.scopes.add(Objects.requireNonNull(s, "scope"));
      }
      return this;
    }

    /**
     * How the client authenticates to the token endpoint; {@link ClientAuthentication#BASIC} by default.
     *
     * @param authentication the method
     * @return this builder
     */
    public Builder clientAuthentication(ClientAuthentication authentication) {
      this.authentication = Objects.requireNonNull(authentication, "authentication");
      return this;
    }

    /**
     * How long before expiry a token is replaced (at most half its lifetime); 30 s by default.
     *
     * @param margin the margin
     * @return this builder
     */
    public Builder refreshBefore(Duration margin) {
      Objects.requireNonNull(margin, "margin");
      if (margin.isNegative()) {
        throw new IllegalArgumentException("refreshBefore must not be negative");
      }
      this.refreshBefore = margin;
      return this;
    }

    /**
     * The clock expiry is measured with (tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The provider.
     *
     * @return the provider
     * @throws IllegalStateException when the token endpoint, client id or secret is missing
     */
    public OAuth2ClientCredentials build() {
      if (tokenEndpoint == null || clientId == null || clientSecret == null) {
        throw new IllegalStateException("OAuth2ClientCredentials needs tokenEndpoint, clientId and clientSecret");
      }
      return new OAuth2ClientCredentials(this, transport(OAuth2ClientCredentials.class,
          "https://auth.mec.example/oauth2/token"));
    }
  }
}
