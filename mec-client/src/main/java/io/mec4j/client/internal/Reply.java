package io.mec4j.client.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * <b>Not API.</b> A complete HTTP answer as a client method decodes it: status, headers and the whole body.
 *
 * @param method the request's method
 * @param uri the request's URI
 * @param status the status code
 * @param headers the response headers, names lower-cased
 * @param body the body, empty when there is none
 */
public record Reply(String method, URI uri, int status, Map<String, List<String>> headers, byte[] body) {

  /** Checks the components. */
  public Reply {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
  }

  /**
   * The first value of a header.
   *
   * @param name any case
   * @return the value or {@code null}
   */
  public @Nullable String header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the text
   */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The {@code Location} header resolved against the request URI.
   *
   * @return the location or {@code null} when absent or malformed
   */
  public @Nullable URI location() {
    String l = header("location");
    if (l == null) {
      return null;
    }
    try {
      return uri.resolve(l);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
