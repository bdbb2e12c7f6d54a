package io.mec4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mec4j.client.mp1.ServiceMgmtClient;
import io.mec4j.model.error.MecServiceException;
import io.mec4j.model.error.MecUnauthorizedException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** OAuth 2.0 client credentials against a token endpoint on MockWebServer. */
class OAuth2ClientCredentialsTest {

  private final WireServer auth = new WireServer();
  private final WireServer api = new WireServer();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
  private final OAuth2ClientCredentials tokens = OAuth2ClientCredentials.builder()
      .tokenEndpoint(auth.uri("/oauth2/token")).clientId("app 1").clientSecret("s3cr:t").scope("mp1", "rnis")
      .clock(clock).refreshBefore(Duration.ofSeconds(30)).build();

  @AfterEach
  void close() {
    tokens.close();
    auth.close();
    api.close();
  }

  private void issue(String token, long expiresIn) {
    auth.json(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}");
  }

  @Test
  void token_postsClientCredentialsGrantWithBasicAuthAndScope() {
    issue("at-1", 3600);

    assertThat(tokens.token()).isEqualTo("at-1");

    WireServer.Taken r = auth.take().is("POST", "/oauth2/token")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("app+1:s3cr%3At".getBytes(
            StandardCharsets.UTF_8)))
        .header("Content-Type", "application/x-www-form-urlencoded");
    assertThat(r.body()).isEqualTo("grant_type=client_credentials&scope=mp1+rnis");
  }

  @Test
  void token_postAuthentication_putsCredentialsInTheForm() {
    issue("at-1", 3600);
    try (OAuth2ClientCredentials post = OAuth2ClientCredentials.builder().tokenEndpoint(auth.uri("/oauth2/token"))
        .clientId("app-1").clientSecret("pw").clientAuthentication(OAuth2ClientCredentials.ClientAuthentication.POST)
        .build()) {
      post.token();
    }
    WireServer.Taken r = auth.take().noHeader("Authorization");
    assertThat(r.body()).isEqualTo("grant_type=client_credentials&client_id=app-1&client_secret=pw");
  }

  @Test
  void token_isCachedUntilShortlyBeforeExpiry() {
    issue("at-1", 300);
    issue("at-2", 300);

    assertThat(tokens.token()).isEqualTo("at-1");
    clock.advance(Duration.ofSeconds(269));
    assertThat(tokens.token()).isEqualTo("at-1");
    assertThat(auth.requestCount()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1)); // 30 s before expiry
    assertThat(tokens.token()).isEqualTo("at-2");
    assertThat(auth.requestCount()).isEqualTo(2);
  }

  @Test
  void shortLivedToken_isRefreshedAtHalfItsLifetime() {
    issue("at-1", 20);
    issue("at-2", 20);

    tokens.token();
    clock.advance(Duration.ofSeconds(9));
    assertThat(tokens.token()).isEqualTo("at-1");
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.token()).isEqualTo("at-2");
  }

  @Test
  void client_401_getsAFreshTokenAndRepeatsOnce() {
    issue("at-1", 3600);
    issue("at-2", 3600);
    api.problem(401, "Unauthorized", "token revoked").json(200, "[]");
    try (ServiceMgmtClient mp1 = ServiceMgmtClient.builder().baseUri(api.uri("/mec_service_mgmt/v1"))
        .tokenProvider(tokens).build()) {

      assertThat(mp1.getServices()).isEmpty();
    }
    api.take().header("Authorization", "Bearer at-1");
    api.take().header("Authorization", "Bearer at-2");
    assertThat(auth.requestCount()).isEqualTo(2);
  }

  @Test
  void tokenEndpointRefusal_isMecServiceExceptionSayingWhatToCheck() {
    auth.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"unknown client\"}");

    assertThatThrownBy(tokens::token)
        .isInstanceOf(MecUnauthorizedException.class)
        .hasMessageContaining("POST " + auth.uri("/oauth2/token"))
        .hasMessageContaining("invalid_client")
        .hasMessageContaining("check clientId, clientSecret");
  }

  @Test
  void tokenEndpointWithoutAccessToken_isMecClientException() {
    auth.json(200, "{\"token_type\":\"Bearer\"}");

    assertThatThrownBy(tokens::token).isInstanceOf(MecClientException.class).hasMessageContaining("access_token");
  }

  @Test
  void nonBearerToken_isRejected() {
    auth.json(200, "{\"access_token\":\"x\",\"token_type\":\"mac\"}");

    assertThatThrownBy(tokens::token).isInstanceOf(MecClientException.class).hasMessageContaining("Bearer");
  }

  @Test
  void tokenWithoutExpiry_isKeptUntilInvalidated() {
    auth.json(200, "{\"access_token\":\"forever\",\"token_type\":\"bearer\"}");
    issue("next", 60);

    assertThat(tokens.token()).isEqualTo("forever");
    clock.advance(Duration.ofDays(30));
    assertThat(tokens.token()).isEqualTo("forever");
    tokens.invalidate("someone-else");
    assertThat(tokens.token()).isEqualTo("forever");
    tokens.invalidate("forever");
    assertThat(tokens.token()).isEqualTo("next");
  }

  @Test
  void serverError_isMecServiceException() {
    auth.problem(500, "Internal Server Error", "db down");

    assertThatThrownBy(tokens::token).isInstanceOfSatisfying(MecServiceException.class,
        e -> assertThat(e.status()).isEqualTo(500)).hasMessageContaining("try again later");
  }

  @Test
  void toString_showsNoSecret() {
    assertThat(tokens.toString()).doesNotContain("s3cr").contains("app 1");
    assertThat(TokenProvider.of("abc").toString()).doesNotContain("abc");
  }

  @Test
  void build_withoutCredentials_fails() {
    assertThatThrownBy(() -> OAuth2ClientCredentials.builder().tokenEndpoint(auth.uri("/t")).clientId("x").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("clientSecret");
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
