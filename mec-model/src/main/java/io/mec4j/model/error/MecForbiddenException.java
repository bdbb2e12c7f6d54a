package io.mec4j.model.error;

import io.mec4j.model.common.ProblemDetails;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/** HTTP 403: the caller is authenticated but may not act on this resource, e.g. an application instance touching another instance's registrations. */
public class MecForbiddenException extends MecServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * A 403 with a detail saying what went wrong and how to fix it.
   *
   * @param detail the problem detail
   */
  public MecForbiddenException(String detail) {
    this(ProblemDetails.of(403, "Forbidden", detail), null, null);
  }

  /**
   * A 403 reported for a client request.
   *
   * @param problem the problem
   * @param method the request's HTTP method, or {@code null}
   * @param uri the request's URI, or {@code null}
   */
  public MecForbiddenException(ProblemDetails problem, @Nullable String method, @Nullable URI uri) {
    super(403, problem, method, uri);
  }
}
