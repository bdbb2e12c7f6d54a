package io.mec4j.platform.http;

import io.mec4j.model.MecJson;
import io.mec4j.model.common.ProblemDetails;
import io.mec4j.model.error.MecServiceException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns exceptions into {@code application/problem+json} replies. Never leaks a stack trace to the wire. */
public final class Problems {

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  private Problems() {}

  /**
   * A problem reply.
   *
   * @param status the status
   * @param title a short title
   * @param detail what went wrong and how to fix it
   * @return the reply
   */
  public static HttpReply reply(int status, String title, String detail) {
    return reply(ProblemDetails.of(status, title, detail));
  }

  /**
   * A problem reply.
   *
   * @param problem the problem; its status is the reply's
   * @return the reply
   */
  public static HttpReply reply(ProblemDetails problem) {
    int status = problem.status() == null ? 500 : problem.status();
    return new HttpReply(status, HttpReply.PROBLEM_JSON, Map.of(), MecJson.writeBytes(problem));
  }

  /**
   * The reply for a failure while handling {@code call}.
   *
   * @param call the request, for the log
   * @param error the failure
   * @return the status and problem of a {@link MecServiceException}; 500 for anything else (a bug), logged with
   *     its stack trace and never shown on the wire
   */
  public static HttpReply of(String call, Throwable error) {
    Throwable e = unwrap(error);
    if (e instanceof MecServiceException mse) {
      ProblemDetails p = mse.problem();
      if (p.status() == null || p.status() != mse.status()) {
        p = p.toBuilder().status(mse.status()).build();
      }
      if (mse.status() >= 500) {
        LOG.warn("{} failed: {}", call, mse.getMessage());
      }
      return reply(p);
    }
    LOG.error("{} failed with an unexpected error", call, e);
    return reply(500, "Internal Server Error", "The server failed to handle the request; see its log");
  }

  private static Throwable unwrap(Throwable t) {
    Throwable e = t;
    while ((e instanceof java.util.concurrent.CompletionException
            || e instanceof java.util.concurrent.ExecutionException
            || e instanceof java.lang.reflect.InvocationTargetException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }
}
