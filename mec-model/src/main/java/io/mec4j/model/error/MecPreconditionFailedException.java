package io.mec4j.model.error;

import io.mec4j.model.common.ProblemDetails;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/** HTTP 412: an If-Match precondition did not hold: the resource changed since it was read. */
public class MecPreconditionFailedException extends MecServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * A 412 with a detail saying what went wrong and how to fix it.
   *
   * @param detail the problem detail
   */
  public MecPreconditionFailedException(String detail) {
    this(ProblemDetails.of(412, "Precondition Failed", detail), null, null);
  }

  /**
   * A 412 reported for a client request.
   *
   * @param problem the problem
   * @param method the request's HTTP method, or {@code null}
   * @param uri the request's URI, or {@code null}
   */
  public MecPreconditionFailedException(ProblemDetails problem, @Nullable String method, @Nullable URI uri) {
    super(412, problem, method, uri);
  }
}
