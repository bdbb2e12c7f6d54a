/**
 * Mm1/Mm3 data types of ETSI GS MEC 010-2: application package management, application descriptor (AppD), application lifecycle management and granting.
 *
 * <p>Every type here is an immutable record (or an enum) that maps one schema of the ETSI OpenAPI files; the
 * {@link io.mec4j.model.EtsiSchema} annotation names it. Read and write them with {@link io.mec4j.model.MecJson}.
 */
@NullMarked
package io.mec4j.model.lcm;

import org.jspecify.annotations.NullMarked;
