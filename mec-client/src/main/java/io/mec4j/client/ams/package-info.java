/**
 * Client of MEC 021 application mobility service ({@code /amsi/v1}): {@link io.mec4j.client.ams.AppMobilityClient}.
 */
@NullMarked
package io.mec4j.client.ams;

import org.jspecify.annotations.NullMarked;
