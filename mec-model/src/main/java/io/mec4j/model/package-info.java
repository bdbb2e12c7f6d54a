/** Shared infrastructure of the mec4j model: the JSON mapper and schema annotations. */
@NullMarked
package io.mec4j.model;

import org.jspecify.annotations.NullMarked;
