/**
 * Data types shared by several ETSI MEC APIs: links, time stamps, problem details, transports, traffic filters.
 *
 * <p>Every type here is an immutable record (or an enum) that maps one schema of the ETSI OpenAPI files; the
 * {@link io.mec4j.model.EtsiSchema} annotation names it. Read and write them with {@link io.mec4j.model.MecJson}.
 */
@NullMarked
package io.mec4j.model.common;

import org.jspecify.annotations.NullMarked;
