package io.mec4j.client.internal;

import io.mec4j.client.AttributeQuery;
import java.util.Objects;

/** <b>Not API.</b> Puts typed query objects on the wire. */
public final class Queries {

  private Queries() {}

  /**
   * Adds MEC 009 filter and attribute selector parameters.
   *
   * @param b the request
   * @param q the query
   * @param <T> the result type
   * @return the request
   */
  public static <T> Exchange.Builder<T> attributes(Exchange.Builder<T> b, AttributeQuery q) {
    Objects.requireNonNull(q, "query");
    b.query("filter", q.filter()).flag("all_fields", q.allFields());
    if (!q.fields().isEmpty()) {
      b.query("fields", String.join(",", q.fields()));
    }
    if (!q.excludeFields().isEmpty()) {
      b.query("exclude_fields", String.join(",", q.excludeFields()));
    }
    return b.flag("exclude_default", q.excludeDefault());
  }
}
