package io.mec4j.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTPS and mutual TLS through Jetty's SslContextFactory, with certificates made by keytool. */
class TlsIT {

  private static TestCerts certs;
  private static MecHttpServer server;

  @BeforeAll
  static void start() throws Exception {
    certs = new TestCerts();
    server = MecHttpServer.builder().stopTimeout(Duration.ofMillis(100))
        .tls(certs.context("server", "server-trust"), true).build()
        .addRoutes(List.of(Route.read("GET", "/hello", c -> HttpReply.ok(java.util.Map.of("hello", "tls")))))
        .start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(SSLContext ctx) throws Exception {
    HttpClient client = HttpClient.newBuilder().sslContext(ctx).connectTimeout(Duration.ofSeconds(5)).build();
    return client.send(HttpRequest.newBuilder(URI.create(server.baseUri() + "/hello")).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void mutualTls_withTrustedClientCertificate_isServed() throws Exception {
    assertThat(server.baseUri().getScheme()).isEqualTo("https");

    HttpResponse<String> r = get(certs.context("client", "client-trust"));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"hello\":\"tls\"}");
  }

  @Test
  void mutualTls_withoutClientCertificate_isRefused() {
    assertThatThrownBy(() -> get(certs.context(null, "client-trust"))).isInstanceOf(IOException.class);
  }

  @Test
  void mutualTls_withUntrustedClientCertificate_isRefused() {
    assertThatThrownBy(() -> get(certs.context("stranger", "client-trust"))).isInstanceOf(IOException.class);
  }
}
