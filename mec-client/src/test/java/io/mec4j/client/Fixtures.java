package io.mec4j.client;

import io.mec4j.model.MecJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The model's example documents (mec-model/src/test/resources/examples), read as model values. */
public final class Fixtures {

  private static final Path EXAMPLES = Path.of("..", "mec-model", "src", "test", "resources", "examples");

  private Fixtures() {}

  /** Reads {@code examples/<name>.json}, e.g. {@code example("mp1/ServiceInfo", ServiceInfo.class)}. */
  public static <T> T example(String name, Class<T> type) {
    return MecJson.read(text(name), type);
  }

  /** The text of {@code examples/<name>.json}. */
  public static String text(String name) {
    Path p = EXAMPLES.resolve(name + ".json");
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the model example " + p.toAbsolutePath()
          + " (tests run from the mec-client module directory)", e);
    }
  }
}
