/**
 * Data types of ETSI GS MEC 040 federation enablement: MEC system information and its subscriptions.
 *
 * <p>Every type here is an immutable record (or an enum) that maps one schema of the ETSI OpenAPI files; the
 * {@link io.mec4j.model.EtsiSchema} annotation names it. Read and write them with {@link io.mec4j.model.MecJson}.
 */
@NullMarked
package io.mec4j.model.federation;

import org.jspecify.annotations.NullMarked;
