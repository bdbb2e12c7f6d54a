package io.mec4j.model.error;

import io.mec4j.model.common.ProblemDetails;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A MEC API answered (or, in an engine, will answer) with an error status and a {@link ProblemDetails}.
 *
 * <p>Engines throw it with the status and problem to send; clients throw it with the request's method and URI too.
 * Prefer the subclasses for the statuses callers commonly handle ({@link MecNotFoundException}, {@link
 * MecConflictException}, ...); {@link #of(ProblemDetails)} picks the right one.
 */
public class MecServiceException extends MecException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final ProblemDetails problem;
  private final @Nullable String method;
  private final @Nullable URI uri;

  /**
   * An error with the given status and problem.
   *
   * @param status the HTTP status code (4xx or 5xx)
   * @param problem the problem to report; its status should equal {@code status}
   */
  public MecServiceException(int status, ProblemDetails problem) {
    this(status, problem, null, null);
  }

  /**
   * An error of a request a client made.
   *
   * @param status the HTTP status code
   * @param problem the problem the server reported (or one made from the response when it sent none)
   * @param method the request's HTTP method
   * @param uri the request's URI
   */
  public MecServiceException(int status, ProblemDetails problem, @Nullable String method, @Nullable URI uri) {
    super(message(status, problem, method, uri));
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 4xx or 5xx, was " + status);
    }
    this.status = status;
    this.problem = Objects.requireNonNull(problem, "problem");
    this.method = method;
    this.uri = uri;
  }

  /**
   * The exception type that fits the problem's status.
   *
   * @param problem a problem with a status
   * @return the exception, not thrown
   */
  public static MecServiceException of(ProblemDetails problem) {
    return of(problem, null, null);
  }

  /**
   * The exception type that fits the problem's status, for a client request.
   *
   * @param problem a problem with a status
   * @param method the request's HTTP method
   * @param uri the request's URI
   * @return the exception, not thrown
   */
  public static MecServiceException of(ProblemDetails problem, @Nullable String method, @Nullable URI uri) {
    int status = problem.status() == null ? 500 : problem.status();
    return switch (status) {
      case 400 -> new MecBadRequestException(problem, method, uri);
      case 401 -> new MecUnauthorizedException(problem, method, uri);
      case 403 -> new MecForbiddenException(problem, method, uri);
      case 404 -> new MecNotFoundException(problem, method, uri);
      case 409 -> new MecConflictException(problem, method, uri);
      case 412 -> new MecPreconditionFailedException(problem, method, uri);
      default -> new MecServiceException(status, problem, method, uri);
    };
  }

  /**
   * The HTTP status code.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The problem reported.
   *
   * @return the problem
   */
  public ProblemDetails problem() {
    return problem;
  }

  /**
   * The HTTP method of the failed request, when a client made it.
   *
   * @return the method or {@code null}
   */
  public @Nullable String method() {
    return method;
  }

  /**
   * The URI of the failed request, when a client made it.
   *
   * @return the URI or {@code null}
   */
  public @Nullable URI uri() {
    return uri;
  }

  /**
   * Whether repeating the same request later may succeed: 408, 429, 502, 503 and 504.
   *
   * @return whether a retry makes sense
   */
  public boolean retryable() {
    return status == 408 || status == 429 || status == 502 || status == 503 || status == 504;
  }

  private static String message(int status, ProblemDetails p, @Nullable String method, @Nullable URI uri) {
    StringBuilder sb = new StringBuilder();
    if (method != null && uri != null) {
      sb.append(method).append(' ').append(uri).append(" failed: ");
    }
    sb.append(status);
    if (p.title() != null) {
      sb.append(' ').append(p.title());
    }
    if (p.detail() != null) {
      sb.append(": ").append(p.detail());
    }
    return sb.toString();
  }
}
