package io.mec4j.platform.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.mec4j.model.MecJson;
import io.mec4j.model.error.MecUnauthorizedException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link Authorizer}: bearer tokens that are JSON Web Tokens signed with HMAC-SHA256 (RFC 7519, {@code
 * alg=HS256}), one per application instance ({@code sub} = the app instance id, {@code scope=app}) or for the
 * platform's management side ({@code scope=platform}).
 *
 * <p>Tokens carry an expiry ({@code exp}); a token with a bad signature, a wrong algorithm, an unknown scope or past
 * its expiry is refused with 401. A verified token is remembered (up to 10,000 of them) until it expires, so a
 * client's repeated requests cost a map lookup, not a signature check. The key is secret to the platform; by default a random 256-bit key is made at
 * construction, so tokens do not survive a restart unless the same key is passed again.
 *
 * <pre>{@code
 * HmacTokenAuthorizer auth = new HmacTokenAuthorizer(Clock.systemUTC(), Duration.ofHours(12));
 * String token = auth.issueToken("app-1");   // send as "Authorization: Bearer " + token
 * }</pre>
 */
public final class HmacTokenAuthorizer implements Authorizer {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();
  private static final String HEADER = B64.encodeToString(
      "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

  private static final int CACHE_LIMIT = 10_000;

  private final byte[] key;
  private final Clock clock;
  private final Duration lifetime;
  /** Tokens already verified, with their expiry: a valid token is checked once, not on every request. */
  private final java.util.concurrent.ConcurrentHashMap<String, Verified> verified =
      new java.util.concurrent.ConcurrentHashMap<>();

  private record Verified(Caller caller, long expiresAt) {}

  /**
   * An authorizer with a fresh random key.
   *
   * @param clock the clock for issuing and checking expiry
   * @param lifetime how long an issued token is valid
   */
  public HmacTokenAuthorizer(Clock clock, Duration lifetime) {
    this(randomKey(), clock, lifetime);
  }

  /**
   * An authorizer with a given key, e.g. shared by several replicas.
   *
   * @param key at least 32 bytes of secret key
   * @param clock the clock for issuing and checking expiry
   * @param lifetime how long an issued token is valid
   */
  public HmacTokenAuthorizer(byte[] key, Clock clock, Duration lifetime) {
    Objects.requireNonNull(key, "key");
    if (key.length < 32) {
      throw new IllegalArgumentException("HMAC key must be at least 32 bytes, was " + key.length);
    }
    this.key = key.clone();
    this.clock = Objects.requireNonNull(clock, "clock");
    this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("lifetime must be positive, was " + lifetime);
    }
  }

  private static byte[] randomKey() {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return k;
  }

  @Override
  public String issueToken(String appInstanceId) {
    Objects.requireNonNull(appInstanceId, "appInstanceId");
    if (appInstanceId.isBlank()) {
      throw new IllegalArgumentException("appInstanceId must not be blank");
    }
    return sign("app", appInstanceId);
  }

  @Override
  public String issuePlatformToken() {
    return sign("platform", "platform");
  }

  private String sign(String scope, String subject) {
    long now = clock.instant().getEpochSecond();
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", "mec4j-platform");
    claims.put("sub", subject);
    claims.put("scope", scope);
    claims.put("iat", now);
    claims.put("exp", now + lifetime.toSeconds());
    String payload = B64.encodeToString(MecJson.writeBytes(claims));
    String signingInput = HEADER + "." + payload;
    return signingInput + "." + B64.encodeToString(mac(signingInput));
  }

  @Override
  public Caller authenticate(@Nullable String authorizationHeader) {
    if (authorizationHeader == null || authorizationHeader.isBlank()) {
      throw new MecUnauthorizedException(
          "Missing Authorization header: send 'Authorization: Bearer <token>' with the token issued for your"
              + " application instance");
    }
    String h = authorizationHeader.strip();
    if (h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new MecUnauthorizedException("Authorization must use the Bearer scheme: 'Authorization: Bearer <token>'");
    }
    String token = h.substring(7).strip();
    Verified known = verified.get(token);
    if (known != null) {
      if (clock.instant().getEpochSecond() < known.expiresAt()) {
        return known.caller();
      }
      verified.remove(token);
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      throw new MecUnauthorizedException("Bearer token is not a JWT (header.payload.signature)");
    }
    byte[] expected = mac(parts[0] + "." + parts[1]);
    byte[] given;
    JsonNode header;
    JsonNode claims;
    try {
      given = B64D.decode(parts[2]);
      header = MecJson.mapper().readTree(B64D.decode(parts[0]));
      claims = MecJson.mapper().readTree(B64D.decode(parts[1]));
    } catch (IllegalArgumentException | java.io.IOException e) {
      throw new MecUnauthorizedException("Bearer token is malformed");
    }
    if (!MessageDigest.isEqual(expected, given) || !"HS256".equals(header.path("alg").asText())) {
      throw new MecUnauthorizedException("Bearer token signature is not valid for this platform");
    }
    long exp = claims.path("exp").asLong(0);
    if (clock.instant().getEpochSecond() >= exp) {
      throw new MecUnauthorizedException("Bearer token expired: ask for a new token");
    }
    String scope = claims.path("scope").asText();
    String sub = claims.path("sub").asText("");
    Caller caller = switch (scope) {
      case "app" -> {
        if (sub.isEmpty()) {
          throw new MecUnauthorizedException("Bearer token names no application instance");
        }
        yield Caller.app(sub);
      }
      case "platform" -> Caller.platform();
      default -> throw new MecUnauthorizedException("Bearer token has an unknown scope: " + scope);
    };
    if (verified.size() >= CACHE_LIMIT) {
      verified.clear();
    }
    verified.put(token, new Verified(caller, exp));
    return caller;
  }

  private byte[] mac(String input) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }
}
