package io.mec4j.platform.meo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mec4j.model.MecJson;
import io.mec4j.model.error.MecBadRequestException;
import io.mec4j.platform.http.HttpCall;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * ETSI GS MEC 009 attribute-based filtering (clause 6.19) and attribute selectors (clause 6.18) for the list
 * resources of MEC 010-2: {@code filter}, {@code all_fields}, {@code fields}, {@code exclude_fields}, {@code
 * exclude_default}.
 *
 * <p>A filter is one or more {@code (op,attribute,value[,value...])} expressions joined by {@code ;}, all of which
 * must hold. Attributes are paths with {@code /} between names ({@code instantiatedAppState/operationalState}); when
 * a path crosses an array, an element that matches is enough. Operators: {@code eq}, {@code neq}, {@code in}, {@code
 * nin}, {@code gt}, {@code gte}, {@code lt}, {@code lte}, {@code cont}, {@code ncont}. A value holding {@code ,},
 * {@code (}, {@code )} or {@code '} is quoted in single quotes with {@code ''} for a quote.
 */
final class AttributeSelector {

  private static final Set<String> OPS = Set.of("eq", "neq", "in", "nin", "gt", "gte", "lt", "lte", "cont", "ncont");

  private record Expr(String op, List<String> path, List<String> values) {}

  private AttributeSelector() {}

  /**
   * Filters and trims a list for a GET on a list resource.
   *
   * @param items the resources
   * @param call the request, for its query parameters
   * @param suffix the suffix of this resource's parameter names ({@code "1"} for the op occurrences, whose file
   *     names them {@code filter1} ...), also accepted without it
   * @param defaultExcluded the complex attributes left out unless asked for
   * @return the JSON array
   */
  static ArrayNode select(List<?> items, HttpCall call, String suffix, Set<String> defaultExcluded) {
    String filter = joined(call, "filter", suffix);
    List<Expr> exprs = filter == null ? List.of() : parse(filter);
    boolean allFields = present(call, "all_fields", "");
    List<String> fields = values(call, "fields", suffix);
    List<String> excludeFields = values(call, "exclude_fields", suffix);
    boolean excludeDefault = present(call, "exclude_default", suffix);
    if (allFields && (excludeDefault || !excludeFields.isEmpty() || !fields.isEmpty())) {
      throw new MecBadRequestException("all_fields cannot be combined with fields, exclude_fields or"
          + " exclude_default");
    }
    if (!fields.isEmpty() && !excludeFields.isEmpty()) {
      throw new MecBadRequestException("fields and exclude_fields cannot be combined");
    }
    Set<String> excluded = new HashSet<>();
    if (!allFields) {
      if (excludeFields.isEmpty() || excludeDefault) {
        excluded.addAll(defaultExcluded);
      }
      fields.forEach(excluded::remove);
      excluded.addAll(excludeFields);
    }
    ArrayNode out = MecJson.mapper().createArrayNode();
    for (Object item : items) {
      JsonNode n = MecJson.mapper().valueToTree(item);
      if (!matchesAll(n, exprs)) {
        continue;
      }
      for (String path : excluded) {
        remove(n, List.of(path.split("/")));
      }
      out.add(n);
    }
    return out;
  }

  private static @Nullable String joined(HttpCall call, String name, String suffix) {
    List<String> v = call.queryValues(name + suffix);
    if (v.isEmpty() && !suffix.isEmpty()) {
      v = call.queryValues(name);
    }
    // the HTTP layer splits query values at commas; a filter needs them back
    return v.isEmpty() ? null : String.join(",", v);
  }

  private static List<String> values(HttpCall call, String name, String suffix) {
    List<String> v = call.queryValues(name + suffix);
    if (v.isEmpty() && !suffix.isEmpty()) {
      v = call.queryValues(name);
    }
    List<String> out = new ArrayList<>();
    for (String s : v) {
      if (s.isBlank()) {
        throw new MecBadRequestException(name + " lists attribute names separated by commas; got an empty name");
      }
      out.add(s.strip());
    }
    return out;
  }

  private static boolean present(HttpCall call, String name, String suffix) {
    return !call.queryValues(name + suffix).isEmpty() || !suffix.isEmpty() && !call.queryValues(name).isEmpty();
  }

  // ------------------------------------------------------------------------------------------------ parsing

  static List<Expr> parse(String filter) {
    List<Expr> out = new ArrayList<>();
    int i = 0;
    int n = filter.length();
    while (i < n) {
      if (filter.charAt(i) != '(') {
        throw bad(filter, "expected '(' at position " + i);
      }
      i++;
      List<String> tokens = new ArrayList<>();
      StringBuilder tok = new StringBuilder();
      boolean closed = false;
      while (i < n) {
        char c = filter.charAt(i);
        if (c == '\'') {
          i++;
          while (true) {
            if (i >= n) {
              throw bad(filter, "unterminated quoted value");
            }
            char q = filter.charAt(i);
            if (q == '\'') {
              if (i + 1 < n && filter.charAt(i + 1) == '\'') {
                tok.append('\'');
                i += 2;
                continue;
              }
              i++;
              break;
            }
            tok.append(q);
            i++;
          }
        } else if (c == ',') {
          tokens.add(tok.toString());
          tok.setLength(0);
          i++;
        } else if (c == ')') {
          tokens.add(tok.toString());
          i++;
          closed = true;
          break;
        } else if (c == '(') {
          throw bad(filter, "unexpected '(' at position " + i + "; quote values that contain it");
        } else {
          tok.append(c);
          i++;
        }
      }
      if (!closed) {
        throw bad(filter, "missing ')'");
      }
      if (tokens.size() < 3) {
        throw bad(filter, "each expression is (operator,attribute,value[,value...])");
      }
      String op = tokens.get(0).strip().toLowerCase(Locale.ROOT);
      if (!OPS.contains(op)) {
        throw bad(filter, "unknown operator " + tokens.get(0) + "; use one of " + new java.util.TreeSet<>(OPS));
      }
      String attr = tokens.get(1).strip();
      if (attr.isEmpty() || attr.startsWith("/") || attr.endsWith("/") || attr.contains("//")) {
        throw bad(filter, "attribute '" + attr + "' is not a path like a/b/c");
      }
      List<String> values = tokens.subList(2, tokens.size());
      if (values.size() > 1 && Set.of("gt", "gte", "lt", "lte", "cont", "ncont").contains(op)) {
        throw bad(filter, op + " takes one value");
      }
      out.add(new Expr(op, List.of(attr.split("/")), List.copyOf(values)));
      if (i < n) {
        if (filter.charAt(i) != ';') {
          throw bad(filter, "expected ';' between expressions at position " + i);
        }
        i++;
        if (i == n) {
          throw bad(filter, "trailing ';'");
        }
      }
    }
    if (out.isEmpty()) {
      throw bad(filter, "empty filter");
    }
    return out;
  }

  private static MecBadRequestException bad(String filter, String why) {
    return new MecBadRequestException("Invalid filter '" + filter + "': " + why + " (ETSI GS MEC 009 clause 6.19)");
  }

  // ------------------------------------------------------------------------------------------------ matching

  private static boolean matchesAll(JsonNode n, List<Expr> exprs) {
    for (Expr e : exprs) {
      List<JsonNode> found = new ArrayList<>();
      collect(n, e.path(), 0, found);
      boolean negative = e.op().equals("neq") || e.op().equals("nin") || e.op().equals("ncont");
      boolean any = false;
      for (JsonNode v : found) {
        if (testPositive(e, v)) {
          any = true;
          break;
        }
      }
      if (negative) {
        // true when no value of the attribute matches the positive form
        boolean hit = false;
        for (JsonNode v : found) {
          if (testPositive(e, v)) {
            hit = true;
            break;
          }
        }
        if (hit) {
          return false;
        }
      } else if (!any) {
        return false;
      }
    }
    return true;
  }

  private static void collect(JsonNode n, List<String> path, int i, List<JsonNode> out) {
    if (n == null || n.isMissingNode() || n.isNull()) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode el : n) {
        collect(el, path, i, out);
      }
      return;
    }
    if (i == path.size()) {
      out.add(n);
      return;
    }
    if (n.isObject()) {
      collect(n.get(path.get(i)), path, i + 1, out);
    }
  }

  private static boolean testPositive(Expr e, JsonNode v) {
    if (!v.isValueNode()) {
      return false;
    }
    String text = v.asText();
    return switch (e.op()) {
      case "eq", "neq", "in", "nin" -> e.values().contains(text);
      case "cont", "ncont" -> text.contains(e.values().get(0));
      default -> {
        int c = compare(v, e.values().get(0));
        yield switch (e.op()) {
          case "gt" -> c > 0;
          case "gte" -> c >= 0;
          case "lt" -> c < 0;
          default -> c <= 0;
        };
      }
    };
  }

  private static int compare(JsonNode v, String value) {
    if (v.isNumber()) {
      try {
        return v.decimalValue().compareTo(new BigDecimal(value.strip()));
      } catch (NumberFormatException e) {
        throw new MecBadRequestException("Invalid filter: " + value + " is not a number");
      }
    }
    return v.asText().compareTo(value);
  }

  private static void remove(JsonNode n, List<String> path) {
    if (n == null) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode el : n) {
        remove(el, path);
      }
      return;
    }
    if (!(n instanceof ObjectNode o) || path.isEmpty()) {
      return;
    }
    if (path.size() == 1) {
      o.remove(path.get(0));
    } else {
      remove(o.get(path.get(0)), path.subList(1, path.size()));
    }
  }
}
