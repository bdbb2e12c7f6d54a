package io.mec4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.mec4j.model.MecJson;
import io.mec4j.model.lcm.AppInstanceInfo;
import io.mec4j.platform.spi.HostId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMecSystemTest {

  @TempDir
  Path dir;

  private final HttpClient http = HttpClient.newHttpClient();

  private JsonNode call(String method, URI uri, String token, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    HttpResponse<String> r = http.send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new AssertionError(method + " " + uri + ": " + r.statusCode() + " " + r.body());
    }
    JsonNode n = r.body().isEmpty() ? MecJson.mapper().createObjectNode() : MecJson.mapper().readTree(r.body());
    r.headers().firstValue("Location").ifPresent(l -> ((com.fasterxml.jackson.databind.node.ObjectNode) n)
        .put("Location", l));
    return n;
  }

  @Test
  void instantiateOverMm1_runsOnTheNearestHost_andRelocates() throws Exception {
    TestCatalog packages = new TestCatalog();
    packages.add(TestCatalog.appD("appd-demo"), dir);
    try (EmbeddedMecSystem mec = EmbeddedMecSystem.builder().packageCatalog(packages).hosts(3).start()) {
      String token = mec.operatorToken();
      JsonNode created = call("POST", URI.create(mec.lcmUri() + "/app_instances"), token,
          "{\"appDId\":\"appd-demo\"}");
      String id = created.get("id").asText();
      // users in a polygon around the second host (about 100 km east of Paris)
      String area = "{\\\"type\\\":\\\"Polygon\\\",\\\"coordinates\\\":[[[3.5,48.5],[4,48.5],[4,49],[3.5,49],"
          + "[3.5,48.5]]]}";
      JsonNode accepted = call("POST", URI.create(mec.lcmUri() + "/app_instances/" + id + "/instantiate"), token,
          "{\"locationConstraints\":{\"area\":\"" + area + "\"}}");
      URI op = URI.create(accepted.get("Location").asText());

      await().atMost(Duration.ofSeconds(10)).until(() -> call("GET", op, token, null).get("operationState").asText()
          .equals("COMPLETED"));

      assertThat(mec.orchestrator().hostOf(id)).contains(HostId.of("edge-2"));
      assertThat(mec.host("edge-2").platform().findApp(id)).isPresent();
      assertThat(mec.host("edge-2").dns().activeRule(id, "dns-1")).isPresent();
      assertThat(mec.host("edge-1").platform().apps()).isEmpty();

      AppInstanceInfo moved = mec.orchestrator().relocate(id, HostId.of("edge-3")).get(20, TimeUnit.SECONDS);

      assertThat(mec.orchestrator().hostOf(moved.id())).contains(HostId.of("edge-3"));
      assertThat(mec.host("edge-3").dns().activeRule(moved.id(), "dns-1")).isPresent();
      assertThat(mec.host("edge-2").dns().activeRule(id, "dns-1")).isEmpty();
      assertThat(mec.host("edge-2").platform().apps()).isEmpty();
    }
  }

  @Test
  void builder_needsHosts() {
    assertThatThrownBy(() -> EmbeddedMecSystem.builder().packageCatalog(new TestCatalog()).start())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least one host");
  }

  @Test
  void withoutCatalog_runsItsOwnPackageManager_onTheSameServer() throws Exception {
    try (EmbeddedMecSystem mec = EmbeddedMecSystem.builder().hosts(1).start()) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(mec.pkgmUri() + "/onboarded_app_packages"))
          .header("Authorization", "Bearer " + mec.operatorToken()).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(mec.packages().packages(io.mec4j.platform.spi.Caller.platform())).isEmpty();
    }
    try (EmbeddedMecSystem mec = EmbeddedMecSystem.builder().packageCatalog(new TestCatalog()).hosts(1).start()) {
      assertThatThrownBy(mec::packages).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("own PackageCatalog");
    }
  }

  @Test
  void openMode_needsNoTokens() throws Exception {
    try (EmbeddedMecSystem mec = EmbeddedMecSystem.builder().packageCatalog(new TestCatalog()).hosts(1).open()
        .start()) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(mec.lcmUri() + "/app_instances"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).isEqualTo("[]");
      assertThat(mec.amsUri().toString()).endsWith("/amsi/v1");
      assertThat(mec.grantingUri().toString()).endsWith("/granting/v1");
    }
  }
}
