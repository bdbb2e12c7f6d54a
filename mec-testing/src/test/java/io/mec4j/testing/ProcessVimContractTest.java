package io.mec4j.testing;

import static org.awaitility.Awaitility.await;

import io.mec4j.platform.spi.AppImage;
import io.mec4j.platform.spi.ProcessVim;
import io.mec4j.platform.spi.VimBackend;
import io.mec4j.platform.spi.VimInstance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.io.TempDir;

/** The process VIM keeps the VIM contract, with a real JVM process per workload. */
class ProcessVimContractTest extends VimBackendContract {

  @TempDir
  Path dir;

  @Override
  protected VimBackend createVim() {
    return ProcessVim.builder().workDir(dir.resolve("work")).build();
  }

  @Override
  protected AppImage runningImage() {
    Path jar = dir.resolve("sleeper.jar");
    if (!Files.exists(jar)) {
      TestJars.runnableJar(SleeperApp.class, jar);
    }
    return AppImage.ofFile("sleeper", jar);
  }

  @Override
  protected Optional<AppImage> unstartableImage() {
    return Optional.of(AppImage.ofFile("missing", dir.resolve("missing.jar")));
  }

  @Override
  protected void crash(VimBackend vim, VimInstance instance) {
    ProcessHandle.of(Long.parseLong(instance.attributes().get("pid"))).orElseThrow().destroyForcibly();
  }

  @Override
  protected Map<String, String> environmentOf(VimBackend vim, VimInstance instance) throws IOException {
    Path env = Path.of(instance.attributes().get("dir"), "env.properties");
    await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(env));
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(env)) {
      p.load(in);
    }
    Map<String, String> out = new HashMap<>();
    p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
    return out;
  }
}
