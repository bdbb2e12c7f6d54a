/**
 * Service provider interfaces of the mec4j engines: where a vendor plugs in its own store, data plane, DNS, VIM,
 * authorization and notification transport. Every SPI can be injected programmatically through the engine builders;
 * implementations must be thread-safe. Each SPI has an in-process default for tests and local use.
 */
@NullMarked
package io.mec4j.platform.spi;

import org.jspecify.annotations.NullMarked;
