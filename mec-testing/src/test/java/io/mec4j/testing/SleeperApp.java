package io.mec4j.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;

/** A workload for the process VIM contract: writes its MEC environment to {@code env.properties}, then waits. */
public final class SleeperApp {

  private SleeperApp() {}

  /**
   * Runs until killed.
   *
   * @param args ignored
   * @throws IOException when the environment cannot be written
   * @throws InterruptedException when interrupted
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Properties p = new Properties();
    for (Map.Entry<String, String> e : System.getenv().entrySet()) {
      if (e.getKey().startsWith("MEC_")) {
        p.setProperty(e.getKey(), e.getValue());
      }
    }
    Path tmp = Path.of("env.properties.tmp");
    try (var out = Files.newOutputStream(tmp)) {
      p.store(out, "environment seen by the workload");
    }
    Files.move(tmp, Path.of("env.properties"), StandardCopyOption.ATOMIC_MOVE);
    Thread.currentThread().join();
  }
}
