package io.mec4j.client;

import io.mec4j.model.error.MecException;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * A call got no usable answer: the connection failed, the call timed out, or the answer could not be decoded.
 *
 * <p>Contrast with {@link io.mec4j.model.error.MecServiceException}, thrown when the server answered with an error
 * status. The message says what went wrong and what to check; the cause is the underlying I/O or decoding error.
 */
public class MecClientException extends MecException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String method;
  private final @Nullable URI uri;

  /**
   * A failure of a request.
   *
   * @param message what went wrong and what to check
   * @param method the request's HTTP method, or {@code null} when no request was made
   * @param uri the request's URI, or {@code null}
   * @param cause the underlying error, or {@code null}
   */
  public MecClientException(String message, @Nullable String method, @Nullable URI uri, @Nullable Throwable cause) {
    super(message, cause);
    this.method = method;
    this.uri = uri;
  }

  /**
   * The HTTP method of the failed request.
   *
   * @return the method, or {@code null} when the failure happened before a request was made
   */
  public @Nullable String method() {
    return method;
  }

  /**
   * The URI of the failed request.
   *
   * @return the URI, or {@code null} when the failure happened before a request was made
   */
  public @Nullable URI uri() {
    return uri;
  }
}
