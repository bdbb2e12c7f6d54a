package io.mec4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every schema of the covered spec files has a Java type ({@link EtsiSchema}) or a documented exclusion in {@code
 * docs/spec-deviations.md}, and no annotation names a schema that does not exist.
 */
class SchemaCoverageTest {

  @Test
  void everySchema_hasJavaTypeOrDocumentedExclusion() {
    Map<String, Set<String>> annotated = annotatedBySpec();
    Map<String, Set<String>> excluded = new TreeMap<>();
    for (Deviations.Exclusion e : Deviations.exclusions()) {
      excluded.computeIfAbsent(e.spec(), k -> new TreeSet<>()).add(e.schema());
    }
    Set<String> uncovered = new TreeSet<>();
    Set<String> doublyCovered = new TreeSet<>();
    Map<String, String> report = new LinkedHashMap<>();
    for (String spec : SpecFiles.MODEL_SPECS) {
      Set<String> names = SpecFiles.schemas(spec).keySet();
      int typed = 0;
      int excl = 0;
      for (String name : names) {
        boolean hasType = annotated.getOrDefault(spec, Set.of()).contains(name);
        boolean isExcluded = excluded.getOrDefault(spec, Set.of()).contains(name);
        if (hasType && isExcluded) {
          doublyCovered.add(spec + "#" + name);
        }
        if (hasType) {
          typed++;
        } else if (isExcluded) {
          excl++;
        } else {
          uncovered.add(spec + "#" + name);
        }
      }
      report.put(spec, names.size() + " schemas: " + typed + " with a Java type, " + excl + " documented exclusions");
    }
    report.forEach((spec, line) -> System.out.println("[coverage] " + spec + ": " + line));

    assertThat(uncovered).as("schemas with neither a Java type nor a documented exclusion").isEmpty();
    assertThat(doublyCovered).as("schemas both typed and listed as excluded").isEmpty();
  }

  @Test
  void everyAnnotationAndExclusion_namesAnExistingSchema() {
    Set<String> unknown = new TreeSet<>();
    annotatedBySpec()
        .forEach(
            (spec, names) -> {
              Set<String> real = SpecFiles.MODEL_SPECS.contains(spec) ? SpecFiles.schemas(spec).keySet() : Set.of();
              names.stream().filter(n -> !real.contains(n)).forEach(n -> unknown.add("@EtsiSchema " + spec + "#" + n));
            });
    for (Deviations.Exclusion e : Deviations.exclusions()) {
      if (!SpecFiles.MODEL_SPECS.contains(e.spec()) || !SpecFiles.schemas(e.spec()).containsKey(e.schema())) {
        unknown.add("exclusion " + e.spec() + "#" + e.schema());
      }
      assertThat(e.why()).as("reason for excluding " + e.spec() + "#" + e.schema()).isNotBlank();
    }
    assertThat(unknown).as("names that are not schemas of the spec files").isEmpty();
  }

  @Test
  void everySchemaPatch_isDocumented() {
    String doc = Deviations.documentText();
    for (Deviations.Patch p : Deviations.patches()) {
      assertThat(doc).as("docs/spec-deviations.md lists patch %s %s", p.spec(), p.pointer())
          .contains("`" + p.pointer() + "`");
      assertThat(p.why()).isNotBlank();
    }
  }

  private static Map<String, Set<String>> annotatedBySpec() {
    Map<String, Set<String>> out = new TreeMap<>();
    for (Class<?> type : ModelTypes.all()) {
      for (EtsiSchema s : ModelTypes.schemasOf(type)) {
        out.computeIfAbsent(s.spec(), k -> new TreeSet<>()).add(s.name());
      }
    }
    return out;
  }
}
