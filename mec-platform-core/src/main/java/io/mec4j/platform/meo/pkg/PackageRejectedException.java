package io.mec4j.platform.meo.pkg;

/**
 * An application package failed onboarding: its archive is hostile or malformed, its content does not match its
 * manifest, its signature does not verify, or its AppD is invalid. The message says which file and what is wrong; it
 * becomes the package's {@code onboardingFailureDetails}.
 */
final class PackageRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  PackageRejectedException(String reason) {
    super(reason);
  }

  PackageRejectedException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
