package io.mec4j.platform.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
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
   * @return a 4xx for bad input and known engine errors; 500 only for bugs, logged with the stack trace
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
    if (e instanceof JsonParseException jpe) {
      return reply(400, "Bad Request", "Malformed JSON: " + jpe.getOriginalMessage());
    }
    if (e instanceof DatabindException de) {
      return reply(400, "Bad Request", "Body does not fit the expected type: " + describe(de));
    }
    LOG.error("{} failed with an unexpected error", call, e);
    return reply(500, "Internal Server Error", "The server failed to handle the request; see its log");
  }

  private static String describe(DatabindException e) {
    String path = e instanceof JsonMappingException jme ? pathOf(jme) : "";
    String msg = e.getOriginalMessage();
    int cut = msg == null ? -1 : msg.indexOf(" (through reference chain");
    if (cut > 0) {
      msg = msg.substring(0, cut);
    }
    if (msg != null && msg.length() > 300) {
      msg = msg.substring(0, 300) + "...";
    }
    return (path.isEmpty() ? "" : "at " + path + ": ") + msg;
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static Throwable unwrap(Throwable t) {
    Throwable e = t;
    while ((e instanceof java.util.concurrent.CompletionException
            || e instanceof java.util.concurrent.ExecutionException
            || e instanceof java.lang.reflect.InvocationTargetException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof IllegalArgumentException && e.getCause() instanceof DatabindException) {
      return e.getCause();
    }
    return e;
  }
}
