package io.mec4j.platform.meo.pkg;

import com.fasterxml.jackson.databind.JsonNode;
import io.mec4j.model.MecJson;
import io.mec4j.platform.http.MecHttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** A package manager served on a loopback port plus a raw HTTP client, for black-box tests. */
final class PkgServer implements AutoCloseable {

  static final String B = AppPackageManager.BASE_PATH;

  final AppPackageManager manager;
  final MecHttpServer server;
  final String token;
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  PkgServer(UnaryOperator<AppPackageManager.Builder> config) {
    manager = config.apply(AppPackageManager.builder()).build();
    server = AppPkgMgmtHttpBinding.start(manager, MecHttpServer.builder().stopTimeout(Duration.ofMillis(200)));
    token = manager.authorizer().issuePlatformToken();
  }

  /** A raw response. */
  record Res(int status, Map<String, List<String>> headers, byte[] bytes) {
    String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return MecJson.mapper().readTree(bytes);
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

    @Override
    public String toString() {
      return status + " " + (bytes.length > 2000 ? bytes.length + " bytes" : body());
    }
  }

  Res send(String method, String path, @Nullable String bearer, byte @Nullable [] body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUri() + path)).timeout(Duration.ofSeconds(20));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    boolean hasType = false;
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
      hasType |= headers[i].equalsIgnoreCase("content-type");
    }
    if (body != null && !hasType) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Res(r.statusCode(), r.headers().map(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Res get(String path, String... headers) {
    return send("GET", path, token, null, headers);
  }

  Res post(String path, String json) {
    return send("POST", path, token, json.getBytes(StandardCharsets.UTF_8));
  }

  Res patch(String path, String json, String... headers) {
    return send("PATCH", path, token, json.getBytes(StandardCharsets.UTF_8), headers);
  }

  Res putZip(String path, byte[] zip) {
    return send("PUT", path, token, zip, "Content-Type", "application/zip");
  }

  Res delete(String path, String... headers) {
    return send("DELETE", path, token, null, headers);
  }

  /** The path part of a link. */
  String path(String href) {
    String base = server.baseUri().toString();
    return href.startsWith(base) ? href.substring(base.length()) : href;
  }

  /** Creates a package resource for a zip and returns its self path. */
  String create(byte[] zip) {
    Res r = post(B + "/app_packages", Packages.requestJson(zip));
    if (r.status() != 201) {
      throw new IllegalStateException("create failed: " + r);
    }
    return path(r.json().at("/_links/self/href").asText());
  }

  /** Creates, uploads and waits until onboarding ends; returns the final AppPkgInfo. */
  JsonNode onboard(byte[] zip) {
    String self = create(zip);
    Res put = putZip(self + "/package_content", zip);
    if (put.status() != 202) {
      throw new IllegalStateException("upload failed: " + put);
    }
    return awaitOnboardingEnd(self);
  }

  JsonNode awaitOnboardingEnd(String self) {
    JsonNode[] last = new JsonNode[1];
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
      last[0] = get(self).json();
      String s = last[0].path("onboardingState").asText();
      return s.equals("ONBOARDED") || s.equals("ERROR");
    });
    return last[0];
  }

  @Override
  public void close() {
    server.close();
    manager.close();
  }
}
