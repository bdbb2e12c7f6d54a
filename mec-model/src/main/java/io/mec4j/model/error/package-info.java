/**
 * The mec4j exception tree, shared by the clients and the engines.
 *
 * <p>All exceptions are unchecked. {@link io.mec4j.model.error.MecException} is the root; {@link
 * io.mec4j.model.error.MecServiceException} carries an HTTP status and a {@link io.mec4j.model.common.ProblemDetails}:
 * the engines throw it (or one of its subclasses) and their HTTP bindings write it as {@code application/problem+json};
 * the clients throw the same types when a server answers with an error.
 */
@NullMarked
package io.mec4j.model.error;

import org.jspecify.annotations.NullMarked;
