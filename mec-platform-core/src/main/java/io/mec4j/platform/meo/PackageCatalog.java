package io.mec4j.platform.meo;

import java.util.Optional;

/**
 * What lifecycle management needs from package management: the onboarded packages and whether they are in use.
 * Implemented by the package manager; lifecycle management only reads through it.
 *
 * <p>Implementations are thread-safe.
 */
public interface PackageCatalog {

  /**
   * An onboarded package by its resource id.
   *
   * @param appPkgId the package id
   * @return the package, or empty when unknown or not (yet) onboarded
   */
  Optional<OnboardedPackage> findByPackageId(String appPkgId);

  /**
   * The onboarded package that holds an AppD.
   *
   * @param appDId the AppD id
   * @return the package, or empty when no onboarded package holds that AppD
   */
  Optional<OnboardedPackage> findByAppDId(String appDId);

  /**
   * Records whether application instances exist that were made from a package ({@code usageState}).
   *
   * @param appPkgId the package id
   * @param inUse true when at least one instance exists
   */
  void markInUse(String appPkgId, boolean inUse);
}
