package io.mec4j.model.error;

import io.mec4j.model.common.ProblemDetails;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/** HTTP 400: the request is malformed or fails validation; the problem detail names the offending attribute. */
public class MecBadRequestException extends MecServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * A 400 with a detail saying what went wrong and how to fix it.
   *
   * @param detail the problem detail
   */
  public MecBadRequestException(String detail) {
    this(ProblemDetails.of(400, "Bad Request", detail), null, null);
  }

  /**
   * A 400 reported for a client request.
   *
   * @param problem the problem
   * @param method the request's HTTP method, or {@code null}
   * @param uri the request's URI, or {@code null}
   */
  public MecBadRequestException(ProblemDetails problem, @Nullable String method, @Nullable URI uri) {
    super(400, problem, method, uri);
  }
}
