package io.mec4j.model.error;

import io.mec4j.model.common.ProblemDetails;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/** HTTP 401: the request carries no valid credentials (a missing, expired or forged bearer token). */
public class MecUnauthorizedException extends MecServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * A 401 with a detail saying what went wrong and how to fix it.
   *
   * @param detail the problem detail
   */
  public MecUnauthorizedException(String detail) {
    this(ProblemDetails.of(401, "Unauthorized", detail), null, null);
  }

  /**
   * A 401 reported for a client request.
   *
   * @param problem the problem
   * @param method the request's HTTP method, or {@code null}
   * @param uri the request's URI, or {@code null}
   */
  public MecUnauthorizedException(ProblemDetails problem, @Nullable String method, @Nullable URI uri) {
    super(401, problem, method, uri);
  }
}
