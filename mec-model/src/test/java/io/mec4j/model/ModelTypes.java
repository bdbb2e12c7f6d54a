package io.mec4j.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Finds the model types on the test class path: every class of {@code io.mec4j.model} annotated {@link EtsiSchema}. */
final class ModelTypes {

  private static final List<Class<?>> ALL = scan();

  private ModelTypes() {}

  /** Every annotated model type, sorted by name. */
  static List<Class<?>> all() {
    return ALL;
  }

  /** The annotated types, optionally narrowed with {@code -Dmec4j.model.only=PACKAGE} while working on one package. */
  static List<Class<?>> selected() {
    String only = System.getProperty("mec4j.model.only", "");
    if (only.isBlank()) {
      return ALL;
    }
    return ALL.stream().filter(c -> c.getPackageName().endsWith("." + only)).toList();
  }

  static EtsiSchema[] schemasOf(Class<?> type) {
    return type.getAnnotationsByType(EtsiSchema.class);
  }

  private static List<Class<?>> scan() {
    Path root;
    try {
      root = Path.of(MecJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("io/mec4j/model"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String rel = root.relativize(f).toString();
        if (!rel.endsWith(".class") || rel.contains("$") || rel.endsWith("package-info.class")) {
          continue;
        }
        String name = rel.substring(0, rel.length() - ".class".length()).replace(f.getFileSystem().getSeparator(), ".");
        Class<?> type = Class.forName(name);
        if (type.getAnnotationsByType(EtsiSchema.class).length > 0) {
          out.add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    out.sort(Comparator.comparing(Class::getName));
    return List.copyOf(out);
  }
}
