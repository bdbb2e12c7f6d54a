package io.mec4j.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answers given without reading a request's body (a route that takes none, an early 4xx) still leave the keep-alive
 * connection usable: the next request on it gets its answer, not a closed connection.
 */
class KeepAliveIT {

  private static MecHttpServer server;
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() {
    server = MecHttpServer.builder().stopTimeout(Duration.ofMillis(100)).build().addRoutes(List.of(
        Route.action("DELETE", "/things/{id}", c -> HttpReply.noContent()),
        Route.read("GET", "/things/{id}", c -> HttpReply.ok(Map.of("id", c.pathParam("id")))),
        Route.write("POST", "/things", c -> HttpReply.created("/things/1", Map.of("id", "1"))))).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static int send(String method, String path, String body, String contentType) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUri() + path)).timeout(Duration.ofSeconds(5))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void unreadBodies_doNotBreakTheConnection() throws Exception {
    String body = "{\"pad\":\"" + "x".repeat(20_000) + "\"}";
    for (int i = 0; i < 100; i++) {
      assertThat(send("DELETE", "/things/" + i, body, "application/json")).isEqualTo(204);
      assertThat(send("PUT", "/things/" + i, body, "application/json")).isEqualTo(405);
      assertThat(send("POST", "/things", body, "text/plain")).isEqualTo(415);
      assertThat(send("GET", "/nothing/" + i, body, "application/json")).isEqualTo(404);
      assertThat(send("GET", "/things/" + i, null, null)).isEqualTo(200);
    }
  }
}
