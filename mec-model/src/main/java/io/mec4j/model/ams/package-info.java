/**
 * Data types of the ETSI GS MEC 021 application mobility service: registrations of application instances and the
 * devices they serve, adjacent application instances, and subscriptions and notifications about device mobility.
 *
 * <p>MEC 021 sends most of its enumerations as numbers ({@code "mobilityStatus": 1}); the enums here read and write
 * those codes.
 *
 * <p>Every type here is an immutable record (or an enum) that maps one schema of the ETSI OpenAPI files; the
 * {@link io.mec4j.model.EtsiSchema} annotation names it. Read and write them with {@link io.mec4j.model.MecJson}.
 */
@NullMarked
package io.mec4j.model.ams;

import org.jspecify.annotations.NullMarked;
