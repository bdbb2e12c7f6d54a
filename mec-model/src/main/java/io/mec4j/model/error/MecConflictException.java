package io.mec4j.model.error;

import io.mec4j.model.common.ProblemDetails;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/** HTTP 409: the request conflicts with the resource's current state. */
public class MecConflictException extends MecServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * A 409 with a detail saying what went wrong and how to fix it.
   *
   * @param detail the problem detail
   */
  public MecConflictException(String detail) {
    this(ProblemDetails.of(409, "Conflict", detail), null, null);
  }

  /**
   * A 409 reported for a client request.
   *
   * @param problem the problem
   * @param method the request's HTTP method, or {@code null}
   * @param uri the request's URI, or {@code null}
   */
  public MecConflictException(ProblemDetails problem, @Nullable String method, @Nullable URI uri) {
    super(409, problem, method, uri);
  }
}
