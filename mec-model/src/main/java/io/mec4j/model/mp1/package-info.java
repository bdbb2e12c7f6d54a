/**
 * Mp1 data types of ETSI GS MEC 011: MEC service management and MEC application support.
 *
 * <p>Every type here is an immutable record (or an enum) that maps one schema of the ETSI OpenAPI files; the
 * {@link io.mec4j.model.EtsiSchema} annotation names it. Read and write them with {@link io.mec4j.model.MecJson}.
 */
@NullMarked
package io.mec4j.model.mp1;

import org.jspecify.annotations.NullMarked;
