package io.mec4j.platform.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mec4j.model.error.MecUnauthorizedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HmacTokenAuthorizerTest {

  private final byte[] key = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private final Instant t0 = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void issuedAppToken_authenticatesAsThatApp() {
    HmacTokenAuthorizer a = new HmacTokenAuthorizer(key, Clock.fixed(t0, ZoneOffset.UTC), Duration.ofHours(1));

    assertThat(a.authenticate("Bearer " + a.issueToken("app-1"))).isEqualTo(Caller.app("app-1"));
    assertThat(a.authenticate("bearer " + a.issuePlatformToken())).isEqualTo(Caller.platform());
  }

  @Test
  void expiredToken_isRefused_evenAfterItWasCached() {
    MutableInstantClock clock = new MutableInstantClock(t0);
    HmacTokenAuthorizer a = new HmacTokenAuthorizer(key, clock, Duration.ofMinutes(10));
    String token = a.issueToken("app-1");
    assertThat(a.authenticate("Bearer " + token).appInstanceId()).isEqualTo("app-1");

    clock.now = t0.plus(Duration.ofMinutes(11));

    assertThatThrownBy(() -> a.authenticate("Bearer " + token)).isInstanceOf(MecUnauthorizedException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void tokenFromAnotherKey_orTampered_isRefused() {
    HmacTokenAuthorizer a = new HmacTokenAuthorizer(key, Clock.systemUTC(), Duration.ofHours(1));
    HmacTokenAuthorizer other = new HmacTokenAuthorizer(Clock.systemUTC(), Duration.ofHours(1));
    String token = a.issueToken("app-1");
    String[] parts = token.split("\\.");
    String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
        new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("app-1", "app-2").getBytes());

    assertThatThrownBy(() -> a.authenticate("Bearer " + other.issueToken("app-1")))
        .isInstanceOf(MecUnauthorizedException.class).hasMessageContaining("signature");
    assertThatThrownBy(() -> a.authenticate("Bearer " + parts[0] + "." + forgedPayload + "." + parts[2]))
        .isInstanceOf(MecUnauthorizedException.class);
    assertThatThrownBy(() -> a.authenticate(null)).isInstanceOf(MecUnauthorizedException.class)
        .hasMessageContaining("Missing Authorization");
    assertThatThrownBy(() -> a.authenticate("Bearer a.b")).isInstanceOf(MecUnauthorizedException.class);
    assertThatThrownBy(() -> a.authenticate("Bearer !!!.@@@.###")).isInstanceOf(MecUnauthorizedException.class);
  }

  @Test
  void shortKey_isRejectedAtConstruction() {
    assertThatThrownBy(() -> new HmacTokenAuthorizer(new byte[8], Clock.systemUTC(), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
  }

  private static final class MutableInstantClock extends Clock {
    volatile Instant now;

    MutableInstantClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
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
