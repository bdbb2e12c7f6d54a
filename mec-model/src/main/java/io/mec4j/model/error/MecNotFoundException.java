package io.mec4j.model.error;

import io.mec4j.model.common.ProblemDetails;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/** HTTP 404: the addressed resource does not exist. */
public class MecNotFoundException extends MecServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * A 404 with a detail saying what went wrong and how to fix it.
   *
   * @param detail the problem detail
   */
  public MecNotFoundException(String detail) {
    this(ProblemDetails.of(404, "Not Found", detail), null, null);
  }

  /**
   * A 404 reported for a client request.
   *
   * @param problem the problem
   * @param method the request's HTTP method, or {@code null}
   * @param uri the request's URI, or {@code null}
   */
  public MecNotFoundException(ProblemDetails problem, @Nullable String method, @Nullable URI uri) {
    super(404, problem, method, uri);
  }
}
