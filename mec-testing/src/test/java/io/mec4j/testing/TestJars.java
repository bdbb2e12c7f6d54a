package io.mec4j.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds a runnable jar of one compiled test class, as an application package would carry it. */
final class TestJars {

  private TestJars() {}

  static Path runnableJar(Class<?> main, Path jar) {
    try {
      Path classes = Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI());
      String entry = main.getName().replace('.', '/') + ".class";
      Manifest mf = new Manifest();
      mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
      mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
      try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, mf)) {
        j.putNextEntry(new JarEntry(entry));
        j.write(Files.readAllBytes(classes.resolve(entry)));
        j.closeEntry();
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
