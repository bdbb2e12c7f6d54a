/**
 * Clients of MEC 010-2 (Mm1): {@link io.mec4j.client.lcm.AppPkgMgmtClient} (application package management, {@code
 * /app_pkgm/v1}), {@link io.mec4j.client.lcm.AppLcmClient} (application lifecycle management, {@code /app_lcm/v1}) and
 * {@link io.mec4j.client.lcm.AppGrantClient} (granting, {@code /granting/v1}).
 */
@NullMarked
package io.mec4j.client.lcm;

import org.jspecify.annotations.NullMarked;
