package io.mec4j.platform.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as a binding sees it: method, path, path parameters from the route template, decoded query
 * parameters, headers and the whole body.
 *
 * @param method the HTTP method, upper case
 * @param path the decoded request path
 * @param pathParams values of the route template's {@code {name}} segments
 * @param query decoded query parameters; a parameter given as {@code a=1&a=2} or {@code a=1,2} has two values
 * @param headers request headers, names lower-cased
 * @param body the request body, empty when there is none
 */
public record HttpCall(
    String method,
    String path,
    Map<String, String> pathParams,
    Map<String, List<String>> query,
    Map<String, String> headers,
    byte[] body) {

  /** Copies the maps. */
  public HttpCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    pathParams = Map.copyOf(pathParams);
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  /**
   * A path parameter of the route template.
   *
   * @param name the parameter name
   * @return its value
   * @throws IllegalArgumentException when the route has no such parameter (a binding bug)
   */
  public String pathParam(String name) {
    String v = pathParams.get(name);
    if (v == null) {
      throw new IllegalArgumentException("Route has no path parameter " + name);
    }
    return v;
  }

  /**
   * A request header.
   *
   * @param name the header name, any case
   * @return its value, or {@code null}
   */
  public @Nullable String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * All values of a query parameter.
   *
   * @param name the parameter name
   * @return the values, empty when absent
   */
  public List<String> queryValues(String name) {
    return query.getOrDefault(name, List.of());
  }

  /**
   * The single value of a query parameter.
   *
   * @param name the parameter name
   * @return the value, or {@code null} when absent
   * @throws io.mec4j.model.error.MecBadRequestException when it is given more than once
   */
  public @Nullable String queryValue(String name) {
    List<String> values = queryValues(name);
    if (values.size() > 1) {
      throw new io.mec4j.model.error.MecBadRequestException(
          "Query parameter " + name + " takes one value, got " + values.size());
    }
    return values.isEmpty() ? null : values.get(0);
  }

  /**
   * The resource version an {@code If-Match} header names (mec4j ETags are the quoted version, e.g. {@code "3"}).
   *
   * @return the version, or {@link io.mec4j.platform.spi.StoreTable#ANY_VERSION} when the header is absent or
   *     {@code *}
   * @throws io.mec4j.model.error.MecPreconditionFailedException for a weak or foreign ETag, which can match no
   *     version
   */
  public long ifMatchVersion() {
    String h = header("if-match");
    if (h == null || h.strip().equals("*")) {
      return io.mec4j.platform.spi.StoreTable.ANY_VERSION;
    }
    String tag = h.strip();
    if (tag.startsWith("W/")) {
      throw new io.mec4j.model.error.MecPreconditionFailedException("If-Match needs a strong ETag, got " + h);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      long v = Long.parseLong(tag);
      if (v < 1) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new io.mec4j.model.error.MecPreconditionFailedException(
          "If-Match " + h + " matches no version of this resource");
    }
  }
}
