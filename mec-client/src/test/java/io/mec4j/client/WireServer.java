package io.mec4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mec4j.model.MecJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer on loopback with helpers for wire tests: enqueue answers, take and check requests. */
public final class WireServer implements AutoCloseable {

  public final MockWebServer server = new MockWebServer();

  public WireServer() {
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URI of an API on this server, e.g. {@code uri("/mec_service_mgmt/v1")}. */
  public URI uri(String path) {
    return server.url(path).uri();
  }

  public WireServer json(int code, Object body, String... headers) {
    String text = body instanceof String s ? s : MecJson.write(body);
    MockResponse.Builder b = new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
        .body(text);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.addHeader(headers[i], headers[i + 1]);
    }
    server.enqueue(b.build());
    return this;
  }

  public WireServer empty(int code, String... headers) {
    MockResponse.Builder b = new MockResponse.Builder().code(code);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.addHeader(headers[i], headers[i + 1]);
    }
    server.enqueue(b.build());
    return this;
  }

  public WireServer problem(int code, String title, String detail) {
    server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/problem+json")
        .body("{\"title\":\"" + title + "\",\"status\":" + code + ",\"detail\":\"" + detail + "\"}").build());
    return this;
  }

  public WireServer enqueue(MockResponse r) {
    server.enqueue(r);
    return this;
  }

  /** The next request; fails when none arrives within 5 s. */
  public Taken take() {
    try {
      RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(r).as("a request reached the server").isNotNull();
      return new Taken(r);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public int requestCount() {
    return server.getRequestCount();
  }

  @Override
  public void close() {
    server.close();
  }

  /** A recorded request with assertions. */
  public record Taken(RecordedRequest request) {

    /** Asserts method and target (path and query, exactly as sent). */
    public Taken is(String method, String target) {
      assertThat(request.getMethod() + " " + request.getTarget()).isEqualTo(method + " " + target);
      return this;
    }

    public Taken header(String name, String value) {
      assertThat(request.getHeaders().get(name)).as("header " + name).isEqualTo(value);
      return this;
    }

    public Taken noHeader(String name) {
      assertThat(request.getHeaders().get(name)).as("header " + name).isNull();
      return this;
    }

    /** Asserts a JSON body equal (as a tree) to the JSON of {@code expected}. */
    public Taken jsonBody(Object expected) {
      assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
      String exp = expected instanceof String s ? s : MecJson.write(expected);
      assertThat(tree(body())).isEqualTo(tree(exp));
      return this;
    }

    public Taken noBody() {
      assertThat(request.getBodySize()).isEqualTo(0);
      return this;
    }

    public String body() {
      return request.getBody() == null ? "" : request.getBody().utf8();
    }

    private static JsonNode tree(String json) {
      try {
        return MecJson.mapper().readTree(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
