package io.mec4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import io.mec4j.client.mp1.ServiceMgmtClient;
import io.mec4j.model.mp1.ServiceInfo;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Idempotent calls are retried when the connection is refused (the server not up yet); others are not. */
class ConnectRetryTest {

  static {
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static ServiceMgmtClient client(int port, RetryPolicy retry) {
    return ServiceMgmtClient.builder().baseUri("http://127.0.0.1:" + port + "/mec_service_mgmt/v1")
        .bearerToken("tok").retryPolicy(retry).connectTimeout(Duration.ofSeconds(1)).build();
  }

  @Test
  void get_whileTheServerIsNotListeningYet_isRetriedUntilItIs() throws Exception {
    int port = freePort();
    AtomicInteger served = new AtomicInteger();
    CompletableFuture<HttpServer> late = CompletableFuture.supplyAsync(() -> {
      try {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        s.createContext("/", ex -> {
          served.incrementAndGet();
          byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().set("Content-Type", "application/json");
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
        s.start();
        return s;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
    try (ServiceMgmtClient mp1 = client(port, new RetryPolicy(40, Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofSeconds(1)))) {
      List<ServiceInfo> services = mp1.getServices();

      assertThat(services).isEmpty();
      assertThat(served).hasValue(1);
    } finally {
      late.get(5, TimeUnit.SECONDS).stop(0);
    }
  }

  @Test
  void post_toARefusingServer_isNotRetried_andSaysWhatFailed() throws Exception {
    int port = freePort();
    // a retry would first wait the 60 s backoff, so the watchdog below only trips if the POST is repeated
    try (ServiceMgmtClient mp1 = client(port, new RetryPolicy(2, Duration.ofSeconds(60), Duration.ofSeconds(60),
        Duration.ofSeconds(1)))) {
      assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
          assertThatThrownBy(() -> mp1.registerService("app-1", ServiceInfo.builder().serName("x").version("1")
              .build())).isInstanceOf(MecClientException.class).hasMessageContaining("POST"));
    }
  }
}
