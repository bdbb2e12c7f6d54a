package io.mec4j.platform.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Finds the route for a method and path. Routes are tried in the order added; a path that matches some template but
 * not for this method yields the allowed methods (for 405).
 */
public final class Router {

  /**
   * The outcome of a lookup.
   *
   * @param route the matched route, or {@code null}
   * @param pathParams the path parameters of the match
   * @param allowed the methods the path allows; empty when no template matches the path (404)
   */
  public record Match(Route route, Map<String, String> pathParams, Set<String> allowed) {}

  private final List<Route> routes = new CopyOnWriteArrayList<>();

  /** An empty router. */
  public Router() {}

  /**
   * Adds routes.
   *
   * @param newRoutes the routes
   * @return this router
   */
  public Router add(List<Route> newRoutes) {
    routes.addAll(newRoutes);
    return this;
  }

  /**
   * Looks up a request.
   *
   * @param method the HTTP method
   * @param path the decoded path
   * @return the match; {@code route} is {@code null} for 404 (no {@code allowed}) and 405 (some {@code allowed})
   */
  @SuppressWarnings("NullAway")
  public Match match(String method, String path) {
    List<String> segments = split(path);
    Set<String> allowed = null;
    for (Route r : routes) {
      Map<String, String> params = r.match(segments);
      if (params == null) {
        continue;
      }
      if (r.method().equals(method) || (method.equals("HEAD") && r.method().equals("GET"))) {
        return new Match(r, params, Set.of());
      }
      if (allowed == null) {
        allowed = new TreeSet<>();
      }
      allowed.add(r.method());
    }
    return new Match(null, Map.of(), allowed == null ? Set.of() : allowed);
  }

  static List<String> split(String path) {
    List<String> out = new ArrayList<>(8);
    int start = 1;
    String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    if (p.equals("/") || p.isEmpty()) {
      return out;
    }
    while (start <= p.length()) {
      int end = p.indexOf('/', start);
      if (end < 0) {
        end = p.length();
      }
      out.add(p.substring(start, end));
      start = end + 1;
    }
    return out;
  }
}
