package io.mec4j.platform.mep;

import com.fasterxml.jackson.databind.JsonNode;
import io.mec4j.model.MecJson;
import io.mec4j.platform.http.MecHttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** A platform on a loopback port plus a small raw HTTP client, for black-box tests of the Mp1 binding. */
final class Mp1Server implements AutoCloseable {

  static final String SM = MecPlatform.SERVICE_MGMT_PATH;
  static final String AS = MecPlatform.APP_SUPPORT_PATH;

  final MecPlatform platform;
  final MecHttpServer server;
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  Mp1Server(UnaryOperator<MecPlatform.Builder> config) {
    platform = config.apply(MecPlatform.builder()).build();
    server = Mp1HttpBinding.start(platform, MecHttpServer.builder().stopTimeout(Duration.ofMillis(200)));
  }

  /** A raw response. */
  record Res(int status, Map<String, java.util.List<String>> headers, String body) {
    JsonNode json() {
      try {
        return MecJson.mapper().readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Nullable String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
          .map(e -> e.getValue().get(0)).orElse(null);
    }

    String contentType() {
      String ct = header("content-type");
      return ct == null ? "" : ct;
    }
  }

  URI uri(String path) {
    return URI.create(server.baseUri() + path);
  }

  Res send(String method, String path, @Nullable String token, @Nullable String body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    boolean hasType = false;
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
      hasType |= headers[i].equalsIgnoreCase("content-type");
    }
    if (body != null && !hasType) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Res(r.statusCode(), r.headers().map(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Res get(String path, @Nullable String token) {
    return send("GET", path, token, null);
  }

  Res post(String path, @Nullable String token, String body) {
    return send("POST", path, token, body);
  }

  Res put(String path, @Nullable String token, String body, String... headers) {
    return send("PUT", path, token, body, headers);
  }

  Res delete(String path, @Nullable String token) {
    return send("DELETE", path, token, null);
  }

  @Override
  public void close() {
    server.close();
    platform.close();
  }

  static String serviceJson(String name) {
    return """
        {"serName":"%s","version":"2.2.1","state":"ACTIVE","serializer":"JSON",
         "serCategory":{"href":"https://catalogue.operator-a.example/categories/rni","id":"cat-%s","name":"%s","version":"v2"},
         "transportInfo":{"id":"tr-%s","name":"REST","type":"REST_HTTP","protocol":"HTTP","version":"2.0",
           "endpoint":{"uris":["http://10.10.0.5:8080/%s/v2/"]},"security":{}}}
        """.formatted(name, name, name, name, name);
  }
}
