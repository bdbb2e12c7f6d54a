package io.mec4j.platform.meo;

import io.mec4j.model.lcm.AppD;
import io.mec4j.model.lcm.OperationalState;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An application package whose content was onboarded: its integrity (and, where required, authenticity) verified,
 * its AppD parsed and validated, its files unpacked under {@link #contentDir()}.
 *
 * @param appPkgId the package resource id (MEC 010-2 {@code AppPkgInfo.id})
 * @param appD the application descriptor
 * @param contentDir the unpacked, verified package content; artifacts resolve against it
 * @param operationalState ENABLED packages may be instantiated, DISABLED ones not
 */
public record OnboardedPackage(String appPkgId, AppD appD, Path contentDir, OperationalState operationalState) {

  /** Checks the components. */
  public OnboardedPackage {
    Objects.requireNonNull(appPkgId, "appPkgId");
    Objects.requireNonNull(appD, "appD");
    Objects.requireNonNull(contentDir, "contentDir");
    Objects.requireNonNull(operationalState, "operationalState");
  }

  /**
   * The AppD id.
   *
   * @return {@code appD().appDId()}
   */
  public String appDId() {
    return appD.appDId();
  }

  /**
   * A file of the package, e.g. a software image named in the AppD.
   *
   * @param relativePath the path inside the package
   * @return the file's path under {@link #contentDir()}
   * @throws IllegalArgumentException when the path leaves the package
   */
  public Path artifact(String relativePath) {
    Path p = contentDir.resolve(relativePath).normalize();
    if (!p.startsWith(contentDir.normalize())) {
      throw new IllegalArgumentException("Artifact path leaves the package: " + relativePath);
    }
    return p;
  }
}
