package io.mec4j.platform.meo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Builds a runnable jar of a test application's compiled classes, as an application package would carry it. */
final class TestJars {

  private TestJars() {}

  /**
   * Writes a jar holding {@code main} and its nested classes, with {@code main} as its Main-Class.
   *
   * @param main the application's main class (JDK-only dependencies)
   * @param jar where to write it
   * @return the jar
   */
  static Path runnableJar(Class<?> main, Path jar) {
    try {
      Path classes = Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI());
      String pkgDir = main.getPackageName().replace('.', '/');
      Manifest mf = new Manifest();
      mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
      mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
      Files.createDirectories(jar.toAbsolutePath().getParent());
      List<Path> files;
      try (Stream<Path> s = Files.list(classes.resolve(pkgDir))) {
        files = s.filter(p -> p.getFileName().toString().equals(main.getSimpleName() + ".class")
            || p.getFileName().toString().startsWith(main.getSimpleName() + "$")).sorted().toList();
      }
      try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, mf)) {
        for (Path f : files) {
          j.putNextEntry(new JarEntry(pkgDir + "/" + f.getFileName()));
          j.write(Files.readAllBytes(f));
          j.closeEntry();
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
