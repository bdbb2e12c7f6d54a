package io.mec4j.platform.mep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mec4j.platform.http.Route;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every path and method of both MEC 011 spec files is served by {@link Mp1HttpBinding}. */
class SpecRouteCoverageTest {

  /** The spec's placeholder for the liveness resource, and where mec4j puts it. */
  private static final Map<String, String> RENAMED =
      Map.of("/resource_uri_allocated_by_MEC_platform", "/services/{serviceId}/liveness");

  @Test
  void everySpecPathAndMethod_hasARoute() throws Exception {
    Path specs = specsDir();
    Set<String> routes = new TreeSet<>();
    try (MecPlatform p = MecPlatform.builder().build()) {
      for (Route r : new Mp1HttpBinding(p).routes()) {
        routes.add(r.method() + " " + r.template().replaceAll("\\{[^}]+}", "{}"));
      }
    }
    Set<String> missing = new TreeSet<>();
    int count = 0;
    for (String[] spec : new String[][] {{"MEC011_ServiceMgmt.yaml", MecPlatform.SERVICE_MGMT_PATH},
        {"MEC011_AppSupport.yaml", MecPlatform.APP_SUPPORT_PATH}}) {
      JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(specs.resolve("etsi-mec").resolve(spec[0]).toFile());
      for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
        String ours = spec[1] + RENAMED.getOrDefault(path.getKey(), path.getKey());
        for (String method : Set.of("get", "post", "put", "patch", "delete")) {
          if (path.getValue().has(method)) {
            count++;
            String key = method.toUpperCase(Locale.ROOT) + " " + ours.replaceAll("\\{[^}]+}", "{}");
            if (!routes.contains(key)) {
              missing.add(key);
            }
          }
        }
      }
    }
    System.out.println("[routes] " + count + " spec path+method pairs checked");
    assertThat(count).isEqualTo(32);
    assertThat(missing).as("spec operations without a route").isEmpty();
  }

  private static Path specsDir() {
    String configured = System.getProperty("mec4j.specs");
    Path dir = configured == null ? null : Path.of(configured);
    assumeTrue(dir != null && Files.isDirectory(dir.resolve("etsi-mec")),
        "ETSI spec files not found (../shared/specs or -Dmec4j.specs=DIR): skipping the route coverage check");
    return dir;
  }
}
