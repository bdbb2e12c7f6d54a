package io.mec4j.testing.client;

import io.mec4j.model.MecJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The model's example documents (mec-model/src/test/resources/examples), for realistic request bodies. */
final class ModelExamples {

  private static final Path EXAMPLES = Path.of("..", "mec-model", "src", "test", "resources", "examples");

  private ModelExamples() {}

  static <T> T read(String name, Class<T> type) {
    Path p = EXAMPLES.resolve(name + ".json");
    try {
      return MecJson.read(Files.readString(p), type);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the model example " + p.toAbsolutePath(), e);
    }
  }
}
