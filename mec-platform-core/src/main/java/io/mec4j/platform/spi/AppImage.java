package io.mec4j.platform.spi;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The software image of an application as a VIM starts it: taken from the AppD's software image descriptor
 * ({@code swImageDescriptor}) and the onboarded package.
 *
 * @param appDId the AppD the image belongs to
 * @param imageId the software image descriptor id
 * @param name the image name
 * @param version the image version
 * @param containerFormat the descriptor's {@code containerFormat}, e.g. {@code BARE} or {@code DOCKER}
 * @param reference the descriptor's {@code swImage}: a path inside the package or a URL
 * @param artifact the image file inside the onboarded package when {@code reference} is a package path, else
 *     {@code null}
 * @param resources the resources the instance may use (the AppD's virtual compute descriptor)
 */
public record AppImage(
    String appDId,
    String imageId,
    String name,
    String version,
    String containerFormat,
    String reference,
    @Nullable Path artifact,
    Resources resources) {

  /** Checks the components. */
  public AppImage {
    Objects.requireNonNull(appDId, "appDId");
    Objects.requireNonNull(imageId, "imageId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(containerFormat, "containerFormat");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(resources, "resources");
  }

  /**
   * An image of a file, for tests and examples.
   *
   * @param name the image name, also used as AppD and image id
   * @param artifact the file
   * @return the image, {@code BARE}, version 1.0, no resources reserved
   */
  public static AppImage ofFile(String name, Path artifact) {
    return new AppImage(name, name, name, "1.0", "BARE", artifact.getFileName().toString(), artifact,
        Resources.NONE);
  }

  @Override
  public String toString() {
    return name + ":" + version + " (" + reference + ")";
  }
}
