/**
 * The mec4j test kit: {@link io.mec4j.testing.EmbeddedMecPlatform}, a real MEC platform on a loopback port that
 * starts in well under a second, fault injection for notification delivery, and a JUnit 5 extension that injects the
 * platform into tests; {@link io.mec4j.testing.EmbeddedMecSystem}, a MEC orchestrator with N hosts and their
 * platforms, all on loopback; and {@link io.mec4j.testing.VimBackendContract}, the contract test suite of the VIM SPI.
 */
@NullMarked
package io.mec4j.testing;

import org.jspecify.annotations.NullMarked;
