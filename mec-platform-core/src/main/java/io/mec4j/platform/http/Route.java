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
 */
public record Route(String method, String template, HttpHandler handler, Set<String> bodyTypes, boolean inline) {

  /** Checks the template. */
  public Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(handler, "handler");
    bodyTypes = Set.copyOf(bodyTypes);
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("Template must start with /: " + template);
    }
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
