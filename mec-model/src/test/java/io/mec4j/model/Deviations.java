package io.mec4j.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documented departures from the spec files, read from {@code docs/spec-deviations.md} (schemas without a type
 * of their own) and {@code schema-patches/*.json} (corrections applied to a spec's schemas before validating against
 * them, each of which the document lists).
 */
final class Deviations {

  record Exclusion(String spec, String schema, String representedAs, String why) {}

  record Patch(String spec, String pointer, JsonNode value, String why) {}

  private Deviations() {}

  static Path document() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("docs").resolve("spec-deviations.md");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("docs/spec-deviations.md not found above " + Path.of("").toAbsolutePath());
  }

  static String documentText() {
    try {
      return Files.readString(document());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of the table between {@code <!-- schema-exclusions:start -->} and {@code ...:end -->}. */
  static List<Exclusion> exclusions() {
    List<Exclusion> out = new ArrayList<>();
    boolean in = false;
    for (String line : documentText().split("\n")) {
      if (line.contains("<!-- schema-exclusions:start -->")) {
        in = true;
        continue;
      }
      if (line.contains("<!-- schema-exclusions:end -->")) {
        break;
      }
      if (!in || !line.startsWith("|") || line.startsWith("|---") || line.startsWith("| spec ")) {
        continue;
      }
      String[] cells = line.split("\\|");
      if (cells.length < 5) {
        throw new IllegalStateException("Malformed exclusion row in spec-deviations.md: " + line);
      }
      out.add(new Exclusion(cells[1].strip(), cells[2].strip(), cells[3].strip(), cells[4].strip()));
    }
    return out;
  }

  /** Every patch of every {@code schema-patches/*.json} file on the test class path. */
  static List<Patch> patches() {
    List<Patch> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(patchDir())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        for (JsonNode p : root) {
          out.add(new Patch(p.get("spec").asText(), p.get("pointer").asText(), p.get("value"), p.get("why").asText()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Path patchDir() {
    try {
      return Path.of(Deviations.class.getResource("/schema-patches").toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("schema-patches folder missing from the test class path", e);
    }
  }
}
