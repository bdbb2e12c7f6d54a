package io.mec4j.client.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import io.mec4j.client.MecClientException;
import io.mec4j.model.MecJson;
import io.mec4j.model.common.ProblemDetails;
import io.mec4j.model.error.MecServiceException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/** <b>Not API.</b> Turns error answers and I/O failures into the mec4j exception tree. */
public final class Errors {

  private static final ObjectReader PROBLEM = MecJson.mapper().readerFor(ProblemDetails.class);

  private Errors() {}

  /**
   * The exception for a non-2xx answer: the server's {@code ProblemDetails} when it sent one (its status forced to the
   * HTTP status), otherwise one made from the status and the start of the body.
   *
   * @param r the answer
   * @return the exception to throw
   */
  public static MecServiceException serviceError(Reply r) {
    int status = r.status() >= 400 && r.status() <= 599 ? r.status() : 500;
    ProblemDetails problem = parseProblem(r);
    if (problem == null) {
      String body = r.text().strip();
      if (body.length() > 300) {
        body = body.substring(0, 300) + "...";
      }
      problem = ProblemDetails.of(status, reason(r.status()), r.status() == status
          ? (body.isEmpty() ? "the server sent no problem details" : "the server sent no problem details; body: " + body)
          : "unexpected status " + r.status() + " (the client follows no redirects of this kind)");
    } else if (problem.status() == null || problem.status() != status) {
      problem = problem.toBuilder().status(status).build();
    }
    return MecServiceException.of(problem, r.method(), r.uri());
  }

  private static @Nullable ProblemDetails parseProblem(Reply r) {
    String type = r.header("content-type");
    if (r.body().length == 0 || type == null || !type.contains("json")) {
      return null;
    }
    try {
      ProblemDetails p = PROBLEM.readValue(r.body());
      return p != null && (p.title() != null || p.detail() != null) ? p : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The exception for a call that got no answer.
   *
   * @param method the method
   * @param uri the URI
   * @param e the failure
   * @param callTimeout the client's call timeout, for the message
   * @return the exception to throw
   */
  public static RuntimeException ioError(String method, URI uri, IOException e, Duration callTimeout) {
    if (e instanceof MecIoException m) {
      return m.mecCause();
    }
    String where = method + " " + uri;
    String hostPort = uri.getHost() + ":" + uri.getPort();
    String msg;
    if (e instanceof ConnectException) {
      msg = where + " failed: cannot connect to " + hostPort + " (" + e.getMessage() + "): check that the server runs"
          + " and that the client's baseUri is right";
    } else if (e instanceof UnknownHostException) {
      msg = where + " failed: unknown host " + uri.getHost() + ": check the client's baseUri";
    } else if (e instanceof SSLException) {
      msg = where + " failed: TLS handshake with " + hostPort + " failed (" + e.getMessage() + "): check the trust"
          + " store (and, for mutual TLS, the client key store) given to the client builder's tls(...)";
    } else if (e instanceof SocketTimeoutException) {
      msg = where + " failed: " + e.getMessage() + ": the server did not answer in time; raise the client's"
          + " connectTimeout/readTimeout or check the server";
    } else if (e instanceof InterruptedIOException && "timeout".equals(e.getMessage())) {
      msg = where + " timed out after the call timeout of " + callTimeout.toMillis() + " ms (retries included):"
          + " raise callTimeout or check the server";
    } else if ("Canceled".equalsIgnoreCase(String.valueOf(e.getMessage()))) {
      msg = where + " was cancelled";
    } else {
      msg = where + " failed: " + e;
    }
    return new MecClientException(msg, method, uri, e);
  }

  static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 409 -> "Conflict";
      case 412 -> "Precondition Failed";
      case 413 -> "Payload Too Large";
      case 414 -> "URI Too Long";
      case 415 -> "Unsupported Media Type";
      case 416 -> "Range Not Satisfiable";
      case 422 -> "Unprocessable Content";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "HTTP " + status;
    };
  }
}
