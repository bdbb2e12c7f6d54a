package io.mec4j.platform.meo.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mec4j.platform.http.Route;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every path and method of {@code MEC010-2_AppPkgMgmt.yaml} is served by {@link AppPkgMgmtHttpBinding}, except the
 * subscriber's own notification endpoint, which the subscriber serves, not the MEO.
 */
class SpecRouteCoverageTest {

  private static final Set<String> SERVED_BY_SUBSCRIBERS = Set.of("POST /app_pkgm/v1/user_defined_notification");

  @Test
  void everySpecPathAndMethod_hasARoute() throws Exception {
    String dir = System.getProperty("mec4j.specs");
    Path specs = dir == null ? null : Path.of(dir, "etsi-mec");
    assumeTrue(specs != null && Files.isDirectory(specs),
        "ETSI spec files not found (../shared/specs or -Dmec4j.specs=DIR): skipping the route coverage check");
    Set<String> routes = new TreeSet<>();
    try (AppPackageManager manager = AppPackageManager.builder().build()) {
      for (Route r : new AppPkgMgmtHttpBinding(manager).routes()) {
        routes.add(r.method() + " " + r.template().replaceAll("\\{[^}]+}", "{}"));
      }
    }
    JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(specs.resolve("MEC010-2_AppPkgMgmt.yaml").toFile());
    String base = URI.create(doc.at("/servers/0/url").asText()).getPath();
    Set<String> missing = new TreeSet<>();
    int count = 0;
    for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
      for (String method : Set.of("get", "post", "put", "patch", "delete")) {
        if (!path.getValue().has(method)) {
          continue;
        }
        count++;
        String op = method.toUpperCase(Locale.ROOT) + " " + base + path.getKey();
        if (!SERVED_BY_SUBSCRIBERS.contains(op) && !routes.contains(op.replaceAll("\\{[^}]+}", "{}"))) {
          missing.add(op);
        }
      }
    }
    assertThat(count).isEqualTo(13);
    assertThat(missing).as("spec operations without a route").isEmpty();
  }
}
