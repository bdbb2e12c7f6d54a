/**
 * The MEC orchestrator (MEO) engine: MEC 010-2 application package management, application lifecycle management and
 * granting (Mm1/Mm3), host selection, the VIM SPI and application relocation.
 */
@NullMarked
package io.mec4j.platform.meo;

import org.jspecify.annotations.NullMarked;
