/**
 * MEC 010-2 application package management: onboarding of application packages with integrity and authenticity
 * checks ({@link io.mec4j.platform.meo.pkg.AppPackageManager}), the package format
 * ({@link io.mec4j.platform.meo.pkg.AppPackageFormat}) and a writer for it
 * ({@link io.mec4j.platform.meo.pkg.AppPackageBuilder}), and the HTTP binding of the {@code app_pkgm/v1} API
 * ({@link io.mec4j.platform.meo.pkg.AppPkgMgmtHttpBinding}).
 */
@NullMarked
package io.mec4j.platform.meo.pkg;

import org.jspecify.annotations.NullMarked;
