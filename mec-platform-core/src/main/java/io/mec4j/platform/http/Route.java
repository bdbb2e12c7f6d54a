package io.mec4j.platform.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One method and path template, e.g. {@code GET /mec_service_mgmt/v1/services/{serviceId}}, and its handler.
 *
 * @param method the HTTP method
 * @param template the path template; {@code {name}} matches one non-empty segment
 * @param handler the handler
 * @param bodyTypes the content types the request body may have; empty when the route takes no body
 * @param inline whether the handler only reads memory and may run on the I/O thread; otherwise it runs on the worker
 *     executor
 * @param maxBodyBytes the largest request body this route accepts; 0 for the server's limit
 * @param replyTypes the content types the handler can answer with; a request whose {@code Accept} header admits none of
 *     them (nor {@code application/problem+json}) gets 406 before the handler runs
 */
public record Route(String method, String template, HttpHandler handler, Set<String> bodyTypes, boolean inline,
    int maxBodyBytes, Set<String> replyTypes) {

  /** Checks the template and the limits. */
  public Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(handler, "handler");
    bodyTypes = Set.copyOf(bodyTypes);
    replyTypes = Set.copyOf(replyTypes);
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("Template must start with /: " + template);
    }
    if (maxBodyBytes < 0) {
      throw new IllegalArgumentException("maxBodyBytes must be 0 (the server's limit) or positive");
    }
    if (replyTypes.isEmpty()) {
      throw new IllegalArgumentException("A route answers with at least one content type");
    }
  }

  /**
   * A route with the server's body limit that answers JSON.
   *
   * @param method the HTTP method
   * @param template the path template
   * @param handler the handler
   * @param bodyTypes the content types the request body may have; empty when the route takes no body
   * @param inline whether the handler may run on the I/O thread
   */
  public Route(String method, String template, HttpHandler handler, Set<String> bodyTypes, boolean inline) {
    this(method, template, handler, bodyTypes, inline, 0, Set.of(HttpReply.JSON));
  }

  /**
   * This route with its own body limit, e.g. for uploads larger than the server's default.
   *
   * @param bytes the largest body accepted; larger ones get 413
   * @return a new route
   */
  public Route withMaxBodyBytes(int bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive");
    }
    return new Route(method, template, handler, bodyTypes, inline, bytes, replyTypes);
  }

  /**
   * This route answering with other content types than JSON, e.g. {@code application/zip}; the handler picks one
   * from the request's {@code Accept} header.
   *
   * @param types the content types the handler can produce
   * @return a new route
   */
  public Route withReplyTypes(Set<String> types) {
    return new Route(method, template, handler, bodyTypes, inline, maxBodyBytes, types);
  }

  /**
   * A route whose handler only reads memory (no body, no blocking work).
   *
   * @param method the HTTP method
   * @param template the path template
   * @param handler the handler
   * @return the route
   */
  public static Route read(String method, String template, HttpHandler handler) {
    return new Route(method, template, handler, Set.of(), true);
  }

  /**
   * A route that takes a JSON body ({@code application/json}) and runs on the worker executor.
   *
   * @param method the HTTP method
   * @param template the path template
   * @param handler the handler
   * @return the route
   */
  public static Route write(String method, String template, HttpHandler handler) {
    return new Route(method, template, handler, Set.of(HttpReply.JSON), false);
  }

  /**
   * A route without a body that runs on the worker executor (e.g. DELETE).
   *
   * @param method the HTTP method
   * @param template the path template
   * @param handler the handler
   * @return the route
   */
  public static Route action(String method, String template, HttpHandler handler) {
    return new Route(method, template, handler, Set.of(), false);
  }

  List<String> segments() {
    return Router.split(template);
  }

  /** Matches path segments; returns the path parameters, or {@code null}. */
  @Nullable Map<String, String> match(List<String> pathSegments) {
    List<String> mine = segments();
    if (mine.size() != pathSegments.size()) {
      return null;
    }
    Map<String, String> params = null;
    for (int i = 0; i < mine.size(); i++) {
      String t = mine.get(i);
      String p = pathSegments.get(i);
      if (t.startsWith("{") && t.endsWith("}")) {
        if (p.isEmpty()) {
          return null;
        }
        if (params == null) {
          params = new java.util.HashMap<>(4);
        }
        params.put(t.substring(1, t.length() - 1), p);
      } else if (!t.equals(p)) {
        return null;
      }
    }
    return params == null ? Map.of() : params;
  }
}
