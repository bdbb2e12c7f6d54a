package io.mec4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mec4j.client.mp1.ServiceMgmtClient;
import io.mec4j.client.mp1.ServiceQuery;
import io.mec4j.model.error.MecBadRequestException;
import io.mec4j.model.error.MecConflictException;
import io.mec4j.model.error.MecNotFoundException;
import io.mec4j.model.error.MecServiceException;
import io.mec4j.model.error.MecUnauthorizedException;
import io.mec4j.model.mp1.ServiceInfo;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What every client shares, seen through ServiceMgmtClient: errors, retries, tokens, async, lifecycle. */
class TransportTest {

  private final WireServer wire = new WireServer();
  private final ServiceMgmtClient mp1 = ServiceMgmtClient.builder().baseUri(wire.uri("/mec_service_mgmt/v1"))
      .bearerToken("tok-1").retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5),
          Duration.ofSeconds(1))).build();

  @AfterEach
  void close() {
    mp1.close();
    wire.close();
  }

  private static String servicesJson() {
    return "[" + Fixtures.text("mp1/ServiceInfo") + "]";
  }

  @Test
  void get_sendsBearerTokenAcceptAndUserAgent() {
    wire.json(200, servicesJson());

    List<ServiceInfo> services = mp1.getServices();

    assertThat(services).hasSize(1);
    assertThat(services.get(0).serName()).isEqualTo("RNIS");
    wire.take().is("GET", "/mec_service_mgmt/v1/services").header("Authorization", "Bearer tok-1")
        .header("Accept", "application/json, application/problem+json").header("User-Agent", "mec4j-client");
  }

  @Test
  void problemDetails_404_becomesMecNotFoundExceptionWithMethodUriAndProblem() {
    wire.problem(404, "Not Found", "No service s-1 is registered");

    assertThatThrownBy(() -> mp1.getService("s-1"))
        .isInstanceOf(MecNotFoundException.class)
        .hasMessage("GET " + wire.uri("/mec_service_mgmt/v1/services/s-1") + " failed: 404 Not Found: No service s-1"
            + " is registered")
        .satisfies(e -> {
          MecServiceException m = (MecServiceException) e;
          assertThat(m.status()).isEqualTo(404);
          assertThat(m.method()).isEqualTo("GET");
          assertThat(m.uri()).isEqualTo(wire.uri("/mec_service_mgmt/v1/services/s-1"));
          assertThat(m.problem().detail()).isEqualTo("No service s-1 is registered");
          assertThat(m.retryable()).isFalse();
        });
  }

  @Test
  void problemDetails_409_400_401_mapToTheirSubclasses() {
    wire.problem(409, "Conflict", "already registered").problem(400, "Bad Request", "serName is missing")
        .problem(401, "Unauthorized", "token expired");
    ServiceInfo info = Fixtures.example("mp1/ServiceInfo", ServiceInfo.class);

    assertThatThrownBy(() -> mp1.registerService("app-1", info)).isInstanceOf(MecConflictException.class)
        .hasMessageContaining("already registered");
    assertThatThrownBy(() -> mp1.registerService("app-1", info)).isInstanceOf(MecBadRequestException.class)
        .hasMessageContaining("serName is missing");
    assertThatThrownBy(() -> mp1.getServices()).isInstanceOf(MecUnauthorizedException.class)
        .hasMessageContaining("token expired");
  }

  @Test
  void errorWithoutProblemDetails_keepsStatusAndShowsTheBody() {
    wire.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html").body("<h1>bad gw</h1>")
        .build());

    assertThatThrownBy(() -> mp1.getTransports())
        .isInstanceOfSatisfying(MecServiceException.class, e -> {
          assertThat(e.status()).isEqualTo(502);
          assertThat(e.retryable()).isTrue();
          assertThat(e.problem().status()).isEqualTo(502);
        })
        .hasMessageContaining("502 Bad Gateway")
        .hasMessageContaining("<h1>bad gw</h1>");
  }

  @Test
  void problemWithWrongStatus_isCorrectedToTheHttpStatus() {
    wire.enqueue(new MockResponse.Builder().code(404).addHeader("Content-Type", "application/problem+json")
        .body("{\"title\":\"Not Found\",\"status\":500,\"detail\":\"gone\"}").build());

    assertThatThrownBy(() -> mp1.getService("x")).isInstanceOfSatisfying(MecNotFoundException.class,
        e -> assertThat(e.problem().status()).isEqualTo(404));
  }

  @Test
  void bodyThatIsNotTheExpectedType_isMecClientExceptionNamingTheType() {
    wire.json(200, "{\"not\":\"a list\"}");

    assertThatThrownBy(() -> mp1.getServices())
        .isInstanceOf(MecClientException.class)
        .hasMessageContaining("not a valid list of ServiceInfo")
        .hasMessageContaining("check that the base URI points at the right MEC API");
  }

  @Test
  void emptyBodyWhereOneIsExpected_isMecClientException() {
    wire.empty(200);

    assertThatThrownBy(() -> mp1.getService("s-1")).isInstanceOf(MecClientException.class)
        .hasMessageContaining("empty body");
  }

  @Test
  void connectionRefused_isMecClientExceptionSayingWhatToCheck() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    try (ServiceMgmtClient dead = mp1.toBuilder().baseUri(URI.create("http://127.0.0.1:" + port + "/mec_service_mgmt/v1"))
        .build()) {
      assertThatThrownBy(dead::getServices)
          .isInstanceOfSatisfying(MecClientException.class, e -> {
            assertThat(e.method()).isEqualTo("GET");
            assertThat(e.uri()).hasPort(port);
          })
          .hasMessageContaining("cannot connect to 127.0.0.1:" + port)
          .hasMessageContaining("check that the server runs");
    }
  }

  @Test
  void readTimeout_isMecClientException() {
    wire.enqueue(new MockResponse.Builder().code(200).body("[]").headersDelay(2, TimeUnit.SECONDS).build());
    try (ServiceMgmtClient slow = mp1.toBuilder().readTimeout(Duration.ofMillis(100)).retryPolicy(RetryPolicy.none())
        .build()) {
      assertThatThrownBy(slow::getServices).isInstanceOf(MecClientException.class)
          .hasMessageContaining("did not answer in time");
    }
  }

  @Test
  void get_503WithRetryAfter_isRetriedAndSucceeds() {
    wire.empty(503, "Retry-After", "0").json(200, servicesJson());

    assertThat(mp1.getServices()).hasSize(1);
    assertThat(wire.requestCount()).isEqualTo(2);
  }

  @Test
  void get_503WithoutRetryAfter_isNotRetried() {
    wire.problem(503, "Service Unavailable", "data plane down");

    assertThatThrownBy(mp1::getServices).isInstanceOfSatisfying(MecServiceException.class,
        e -> assertThat(e.retryable()).isTrue());
    assertThat(wire.requestCount()).isEqualTo(1);
  }

  @Test
  void get_503RetryAfterLongerThanAllowed_isReportedNotWaitedFor() {
    wire.empty(503, "Retry-After", "120");

    assertThatThrownBy(mp1::getServices).isInstanceOf(MecServiceException.class).hasMessageContaining("503");
    assertThat(wire.requestCount()).isEqualTo(1);
  }

  @Test
  void get_always503_givesUpAfterMaxAttempts() {
    wire.empty(503, "Retry-After", "0").empty(503, "Retry-After", "0").empty(503, "Retry-After", "0")
        .json(200, "[]");

    assertThatThrownBy(mp1::getServices).isInstanceOf(MecServiceException.class);
    assertThat(wire.requestCount()).isEqualTo(3);
  }

  @Test
  void post_503WithRetryAfter_isNotRetried() {
    wire.empty(503, "Retry-After", "0").json(201, Fixtures.text("mp1/ServiceInfo"));

    assertThatThrownBy(() -> mp1.registerService("app-1", Fixtures.example("mp1/ServiceInfo", ServiceInfo.class)))
        .isInstanceOf(MecServiceException.class);
    assertThat(wire.requestCount()).isEqualTo(1);
  }

  @Test
  void retryPolicyNone_503WithRetryAfterZero_isNotRepeatedEvenByOkHttp() {
    wire.empty(503, "Retry-After", "0").json(200, "[]");
    try (ServiceMgmtClient once = mp1.toBuilder().retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(once::getServices).isInstanceOf(MecServiceException.class);
    }
    assertThat(wire.requestCount()).isEqualTo(1);
  }

  @Test
  void retryAfterHttpDate_isUnderstood() {
    wire.empty(503, "Retry-After", "Thu, 01 Jan 1970 00:00:00 GMT").json(200, "[]");

    assertThat(mp1.getServices()).isEmpty();
    assertThat(wire.requestCount()).isEqualTo(2);
  }

  @Test
  void staticToken_401_isNotRepeated() {
    wire.problem(401, "Unauthorized", "bad token").json(200, "[]");

    assertThatThrownBy(mp1::getServices).isInstanceOf(MecUnauthorizedException.class);
    assertThat(wire.requestCount()).isEqualTo(1);
  }

  @Test
  void refreshableToken_401_isRepeatedOnceWithAFreshToken() {
    int[] issued = {0};
    java.util.List<String> invalidated = new java.util.ArrayList<>();
    TokenProvider rotating = new TokenProvider() {
      private String current = "t-0";

      @Override
      public synchronized String token() {
        return current;
      }

      @Override
      public synchronized void invalidate(String token) {
        invalidated.add(token);
        current = "t-" + (++issued[0]);
      }
    };
    wire.problem(401, "Unauthorized", "expired").json(200, "[]").problem(401, "Unauthorized", "expired")
        .problem(401, "Unauthorized", "still expired");
    try (ServiceMgmtClient c = mp1.toBuilder().tokenProvider(rotating).build()) {
      assertThat(c.getServices()).isEmpty();
      wire.take().header("Authorization", "Bearer t-0");
      wire.take().header("Authorization", "Bearer t-1");

      assertThatThrownBy(c::getServices).isInstanceOf(MecUnauthorizedException.class)
          .hasMessageContaining("still expired");
      wire.take().header("Authorization", "Bearer t-1");
      wire.take().header("Authorization", "Bearer t-2");
      assertThat(invalidated).as("one fresh token per call, then the 401 stands").containsExactly("t-0", "t-1");
    }
  }

  @Test
  void tokenProviderFailure_isThrownAsIs() {
    TokenProvider broken = () -> {
      throw new MecClientException("token endpoint unreachable", null, null, null);
    };
    try (ServiceMgmtClient c = mp1.toBuilder().tokenProvider(broken).build()) {
      assertThatThrownBy(c::getServices).isInstanceOf(MecClientException.class)
          .hasMessage("token endpoint unreachable");
      assertThat(c.getServicesAsync(ServiceQuery.all())).failsWithin(Duration.ofSeconds(5))
          .withThrowableOfType(java.util.concurrent.ExecutionException.class)
          .withCauseInstanceOf(MecClientException.class);
    }
    assertThat(wire.requestCount()).isZero();
  }

  @Test
  void noTokenProvider_sendsNoAuthorization() {
    wire.json(200, "[]");
    try (ServiceMgmtClient open = mp1.toBuilder().tokenProvider(null).build()) {
      open.getServices();
    }
    wire.take().noHeader("Authorization");
  }

  @Test
  void async_completesWithValueOrWithTheSameExceptions() {
    wire.json(200, servicesJson()).problem(404, "Not Found", "no such app");

    assertThat(mp1.getServicesAsync(ServiceQuery.all()).join()).hasSize(1);
    CompletableFuture<List<ServiceInfo>> failed = mp1.getAppServicesAsync("ghost", ServiceQuery.all());
    assertThatThrownBy(failed::join).isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(MecNotFoundException.class);
  }

  @Test
  void async_cancel_cancelsTheCall() {
    wire.enqueue(new MockResponse.Builder().code(200).body("[]").headersDelay(5, TimeUnit.SECONDS).build());

    CompletableFuture<List<ServiceInfo>> f = mp1.getServicesAsync(ServiceQuery.all());
    wire.take();
    f.cancel(true);

    assertThat(f).isCancelled();
  }

  @Test
  void toBuilder_sharesThePoolAndOutlivesTheOriginal() {
    wire.json(200, "[]").json(200, "[]");
    ServiceMgmtClient derived = mp1.toBuilder().bearerToken("tok-2").build();

    mp1.getServices();
    mp1.close();
    derived.getServices();

    wire.take().header("Authorization", "Bearer tok-1");
    RecordedHeaders second = new RecordedHeaders(wire.take());
    assertThat(second.authorization()).isEqualTo("Bearer tok-2");
    assertThat(second.taken().request().getConnectionIndex()).as("same pooled connection").isZero();
    derived.close();
    assertThatThrownBy(derived::getServices).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> derived.toBuilder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  private record RecordedHeaders(WireServer.Taken taken) {
    String authorization() {
      return taken.request().getHeaders().get("Authorization");
    }
  }

  @Test
  void build_withoutBaseUri_failsSayingWhatIsMissing() {
    assertThatThrownBy(() -> ServiceMgmtClient.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs a baseUri");
    assertThatThrownBy(() -> ServiceMgmtClient.builder().baseUri("ftp://x/y")).isInstanceOf(
        IllegalArgumentException.class).hasMessageContaining("http or https");
    assertThatThrownBy(() -> ServiceMgmtClient.builder().callTimeout(Duration.ZERO)).isInstanceOf(
        IllegalArgumentException.class).hasMessageContaining("callTimeout");
  }

  @Test
  void midStreamDisconnect_isMecClientException() {
    wire.enqueue(new MockResponse.Builder().code(200).body("[]").onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .build());
    try (ServiceMgmtClient once = mp1.toBuilder().retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(once::getServices).isInstanceOf(MecClientException.class);
    }
  }
}
