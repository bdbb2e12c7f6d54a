package io.mec4j.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds and loads the official OpenAPI files. They are read-only references kept outside the repository, in {@code
 * ../shared/specs} or wherever {@code -Dmec4j.specs=DIR} points; tests that need them are skipped with a message
 * when they are absent.
 */
final class SpecFiles {

  /** The spec files the model covers, by file stem, in {@code etsi-mec/}. */
  static final List<String> MODEL_SPECS =
      List.of(
          "MEC011_ServiceMgmt",
          "MEC011_AppSupport",
          "MEC010-2_AppPkgMgmt",
          "MEC010-2_AppLcm",
          "MEC010-2_AppGrant",
          "MEC040_FederationEnablement",
          "MEC021_AppMobilityService");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Map<String, JsonNode> CACHE = new ConcurrentHashMap<>();

  private SpecFiles() {}

  /** The spec folder, or the test is skipped with a message saying how to provide it. */
  static Path specsDir() {
    Path dir = locate();
    assumeTrue(
        dir != null,
        "ETSI spec files not found: expected ../shared/specs beside the repository or -Dmec4j.specs=DIR;"
            + " skipping the tests that check the model against them");
    return dir;
  }

  private static Path locate() {
    String configured = System.getProperty("mec4j.specs");
    if (configured != null && Files.isDirectory(Path.of(configured, "etsi-mec"))) {
      return Path.of(configured);
    }
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared").resolve("specs");
      if (Files.isDirectory(candidate.resolve("etsi-mec"))) {
        return candidate;
      }
    }
    return null;
  }

  /** The parsed spec document, as the file says (unpatched). */
  static JsonNode document(String stem) {
    Path dir = specsDir();
    return CACHE.computeIfAbsent(
        stem,
        s -> {
          try {
            return YAML.readTree(dir.resolve("etsi-mec").resolve(s + ".yaml").toFile());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** {@code components/schemas} of a spec, by name, in file order. */
  static Map<String, JsonNode> schemas(String stem) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    JsonNode schemas = document(stem).path("components").path("schemas");
    for (Map.Entry<String, JsonNode> e : schemas.properties()) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  /** A deep copy of the spec's {@code components}, for patching. */
  static ObjectNode componentsCopy(String stem) {
    return (ObjectNode) document(stem).path("components").deepCopy();
  }
}
