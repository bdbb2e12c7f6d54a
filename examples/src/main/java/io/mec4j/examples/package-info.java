/** The mec4j sandbox: a runnable demo story ({@code Main} without arguments) and {@code serve} mode. */
@NullMarked
package io.mec4j.examples;

import org.jspecify.annotations.NullMarked;
