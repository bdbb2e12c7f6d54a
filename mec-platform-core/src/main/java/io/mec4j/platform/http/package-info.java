/**
 * The small HTTP layer shared by every mec4j binding: a router over Jetty 12 core handlers (no servlet API), request
 * and reply values, and the mapping of exceptions to RFC 7807 {@code application/problem+json}.
 *
 * <p>Bindings (Mp1, Mm1, federation) are thin: they authenticate, parse and validate the body, call the engine, and
 * write the result. No business rule lives here.
 */
@NullMarked
package io.mec4j.platform.http;

import org.jspecify.annotations.NullMarked;
