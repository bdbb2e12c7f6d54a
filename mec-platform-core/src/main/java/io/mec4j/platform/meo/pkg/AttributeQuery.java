package io.mec4j.platform.meo.pkg;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mec4j.model.error.MecBadRequestException;
import io.mec4j.platform.http.HttpCall;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Attribute-based filtering and attribute selectors of ETSI GS MEC 009 (clauses 6.18 and 6.19, the syntax of ETSI GS
 * NFV-SOL 013 clause 5.2 and 5.3), applied to the JSON form of a resource.
 *
 * <p>A filter is {@code (op,attr[,value]*)} expressions joined by {@code ;}, all of which must hold. {@code attr} is a
 * {@code /}-separated path; through arrays it reaches every element. Operators: {@code eq}, {@code neq}, {@code gt},
 * {@code gte}, {@code lt}, {@code lte} (one value; numeric when both sides are numbers), {@code in}, {@code nin},
 * {@code cont}, {@code ncont} (one or more values). A value holding {@code ,}, {@code )} or {@code '} is written in
 * single quotes, a quote inside doubled. A positive operator holds when some value at the path matches; a negated one
 * ({@code neq}, {@code nin}, {@code ncont}) when none does.
 *
 * <p>Selectors: {@code all_fields}, {@code fields=a,b/c}, {@code exclude_fields=a,b}, {@code exclude_default}; without
 * any of them, the resource's default exclusions apply.
 */
final class AttributeQuery {

  private record Expr(String op, List<String> path, List<String> values) {}

  private final List<Expr> filter;
  private final boolean allFields;
  private final List<List<String>> fields;
  private final List<List<String>> excludeFields;
  private final Set<String> defaultExcluded;

  private AttributeQuery(List<Expr> filter, boolean allFields, List<List<String>> fields,
      List<List<String>> excludeFields, Set<String> defaultExcluded) {
    this.filter = filter;
    this.allFields = allFields;
    this.fields = fields;
    this.excludeFields = excludeFields;
    this.defaultExcluded = defaultExcluded;
  }

  /**
   * Reads the query parameters of a request.
   *
   * @param call the request
   * @param type the resource type, whose top-level JSON attribute names are the valid first path segments
   * @param defaultExcluded the attributes left out unless asked for
   * @param suffix a suffix of the parameter names also accepted (the AppD parameters are {@code filter1}, ... in
   *     the MEC 010-2 file), or empty
   * @param allowFilter whether {@code filter} applies (collections) or is refused (single resources)
   * @param excludeByDefault whether the default exclusions apply when no selector is given, or only with
   *     {@code exclude_default}
   * @return the query
   * @throws MecBadRequestException for malformed or conflicting parameters and unknown attribute names
   */
  static AttributeQuery of(HttpCall call, Class<?> type, Set<String> defaultExcluded, String suffix,
      boolean allowFilter, boolean excludeByDefault) {
    Set<String> names = attributeNames(type);
    String filterText = param(call, "filter", suffix);
    String all = param(call, "all_fields", suffix);
    String fields = param(call, "fields", suffix);
    String exclude = param(call, "exclude_fields", suffix);
    String excludeDefault = param(call, "exclude_default", suffix);
    if (filterText != null && !allowFilter) {
      throw new MecBadRequestException("filter applies to collections; this resource is a single document");
    }
    if (all != null && (fields != null || exclude != null || excludeDefault != null)) {
      throw new MecBadRequestException("all_fields cannot be combined with fields, exclude_fields or"
          + " exclude_default");
    }
    if (exclude != null && (fields != null || excludeDefault != null)) {
      throw new MecBadRequestException("exclude_fields cannot be combined with fields or exclude_default");
    }
    List<Expr> exprs = filterText == null ? List.of() : parseFilter(filterText, names);
    List<List<String>> include = fields == null ? List.of() : paths(fields, names, "fields");
    List<List<String>> excluded = exclude == null ? List.of() : paths(exclude, names, "exclude_fields");
    boolean useDefaults = all == null && exclude == null && (excludeByDefault || excludeDefault != null);
    Set<String> defaults = useDefaults ? defaultExcluded : Set.of();
    return new AttributeQuery(exprs, all != null, include, excluded, defaults);
  }

  /**
   * Whether the query asks for the resource as it is (no filter, no selector that changes it).
   *
   * @return true when {@link #select} returns its input unchanged
   */
  boolean isIdentity() {
    return filter.isEmpty() && excludeFields.isEmpty() && defaultExcluded.isEmpty();
  }

  private static @Nullable String param(HttpCall call, String name, String suffix) {
    String v = joined(call, name);
    if (v == null && !suffix.isEmpty()) {
      v = joined(call, name + suffix);
    }
    return v;
  }

  /** The raw value: the server splits query values at commas, which filters and selectors use themselves. */
  private static @Nullable String joined(HttpCall call, String name) {
    List<String> values = call.queryValues(name);
    return values.isEmpty() ? null : String.join(",", values);
  }

  /**
   * Whether a resource passes the filter.
   *
   * @param resource the resource as JSON
   * @return true when every expression holds
   */
  boolean matches(JsonNode resource) {
    for (Expr e : filter) {
      if (!holds(e, resource)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Applies the selectors.
   *
   * @param resource the resource as JSON; not changed
   * @return a copy with the selected attributes
   */
  JsonNode select(ObjectNode resource) {
    ObjectNode out = resource.deepCopy();
    for (String attr : defaultExcluded) {
      JsonNode value = out.remove(attr);
      if (value == null) {
        continue;
      }
      List<List<String>> wanted = new ArrayList<>();
      for (List<String> f : fields) {
        if (f.get(0).equals(attr)) {
          wanted.add(f.subList(1, f.size()));
        }
      }
      if (wanted.stream().anyMatch(List::isEmpty)) {
        out.set(attr, value);
      } else if (!wanted.isEmpty()) {
        out.set(attr, project(value, wanted));
      }
    }
    for (List<String> path : excludeFields) {
      remove(out, path);
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------------ parsing

  static Set<String> attributeNames(Class<?> type) {
    Set<String> names = new LinkedHashSet<>();
    if (type.isRecord()) {
      for (var c : type.getRecordComponents()) {
        JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
        names.add(p != null && !p.value().isEmpty() ? p.value() : c.getName());
      }
    }
    return names;
  }

  private static List<List<String>> paths(String text, Set<String> names, String param) {
    List<List<String>> out = new ArrayList<>();
    for (String p : text.split(",", -1)) {
      out.add(path(p.strip(), names, param));
    }
    return out;
  }

  private static List<String> path(String text, Set<String> names, String where) {
    List<String> segments = List.of(text.split("/", -1));
    if (text.isEmpty() || segments.stream().anyMatch(String::isEmpty)) {
      throw new MecBadRequestException("Empty attribute name in " + where);
    }
    if (!names.contains(segments.get(0))) {
      throw new MecBadRequestException("Unknown attribute " + segments.get(0) + " in " + where + "; known: "
          + String.join(", ", names));
    }
    return segments;
  }

  private static List<Expr> parseFilter(String text, Set<String> names) {
    List<Expr> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) != '(') {
        throw badFilter(text, "expected ( at position " + (i + 1));
      }
      i++;
      List<String> parts = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      boolean closed = false;
      boolean quoted = false;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '\'') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
              cur.append('\'');
              i += 2;
              continue;
            }
            quoted = false;
          } else {
            cur.append(c);
          }
          i++;
        } else if (c == '\'' && cur.length() == 0) {
          quoted = true;
          i++;
        } else if (c == ',') {
          parts.add(cur.toString());
          cur.setLength(0);
          i++;
        } else if (c == ')') {
          parts.add(cur.toString());
          i++;
          closed = true;
          break;
        } else {
          cur.append(c);
          i++;
        }
      }
      if (!closed) {
        throw badFilter(text, quoted ? "unterminated quote" : "missing )");
      }
      if (parts.size() < 3) {
        throw badFilter(text, "an expression is (op,attribute,value)");
      }
      String op = parts.get(0).strip();
      List<String> values = parts.subList(2, parts.size());
      switch (op) {
        case "eq", "neq", "gt", "gte", "lt", "lte" -> {
          if (values.size() != 1) {
            throw badFilter(text, op + " takes one value");
          }
        }
        case "in", "nin", "cont", "ncont" -> { }
        default -> throw badFilter(text, "unknown operator " + op
            + " (eq, neq, gt, gte, lt, lte, in, nin, cont, ncont)");
      }
      out.add(new Expr(op, path(parts.get(1).strip(), names, "filter"), List.copyOf(values)));
      if (i < text.length()) {
        if (text.charAt(i) != ';') {
          throw badFilter(text, "expected ; between expressions at position " + (i + 1));
        }
        i++;
        if (i == text.length()) {
          throw badFilter(text, "trailing ;");
        }
      }
    }
    if (out.isEmpty()) {
      throw badFilter(text, "it is empty");
    }
    return out;
  }

  private static MecBadRequestException badFilter(String text, String why) {
    return new MecBadRequestException("Malformed filter '" + text + "': " + why);
  }

  // ------------------------------------------------------------------------------------------------ evaluation

  private static boolean holds(Expr e, JsonNode resource) {
    List<JsonNode> found = new ArrayList<>();
    collect(resource, e.path(), 0, found);
    boolean negated = e.op().equals("neq") || e.op().equals("nin") || e.op().equals("ncont");
    boolean any = false;
    for (JsonNode v : found) {
      if (matchesOne(e, v)) {
        any = true;
        break;
      }
    }
    return negated != any;
  }

  private static boolean matchesOne(Expr e, JsonNode v) {
    String text = v.isValueNode() ? v.asText() : v.toString();
    return switch (e.op()) {
      case "eq", "neq", "in", "nin" -> e.values().stream().anyMatch(x -> equal(v, text, x));
      case "cont", "ncont" -> e.values().stream().anyMatch(text::contains);
      default -> {
        int c = compare(v, text, e.values().get(0));
        yield switch (e.op()) {
          case "gt" -> c > 0;
          case "gte" -> c >= 0;
          case "lt" -> c < 0;
          default -> c <= 0;
        };
      }
    };
  }

  private static boolean equal(JsonNode v, String text, String value) {
    if (v.isNumber()) {
      BigDecimal b = number(value);
      return b != null && v.decimalValue().compareTo(b) == 0;
    }
    return text.equals(value);
  }

  private static int compare(JsonNode v, String text, String value) {
    BigDecimal b = number(value);
    if (v.isNumber() && b != null) {
      return v.decimalValue().compareTo(b);
    }
    return text.compareTo(value);
  }

  private static @Nullable BigDecimal number(String s) {
    try {
      return new BigDecimal(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void collect(JsonNode node, List<String> path, int at, List<JsonNode> out) {
    if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, path, at, out);
      }
      return;
    }
    if (at == path.size()) {
      if (!node.isNull() && !node.isMissingNode()) {
        out.add(node);
      }
      return;
    }
    if (node.isObject()) {
      JsonNode child = node.get(path.get(at));
      if (child != null) {
        collect(child, path, at + 1, out);
      }
    }
  }

  private static JsonNode project(JsonNode value, List<List<String>> paths) {
    if (value.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      for (JsonNode element : value) {
        out.add(project(element, paths));
      }
      return out;
    }
    if (!value.isObject()) {
      return value;
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> f : value.properties()) {
      List<List<String>> below = new ArrayList<>();
      for (List<String> p : paths) {
        if (p.get(0).equals(f.getKey())) {
          below.add(p.subList(1, p.size()));
        }
      }
      if (below.stream().anyMatch(List::isEmpty)) {
        out.set(f.getKey(), f.getValue());
      } else if (!below.isEmpty()) {
        out.set(f.getKey(), project(f.getValue(), below));
      }
    }
    return out;
  }

  private static void remove(JsonNode node, List<String> path) {
    if (node.isArray()) {
      for (JsonNode element : node) {
        remove(element, path);
      }
      return;
    }
    if (!(node instanceof ObjectNode o)) {
      return;
    }
    if (path.size() == 1) {
      o.remove(path.get(0));
      return;
    }
    JsonNode child = o.get(path.get(0));
    if (child != null) {
      remove(child, path.subList(1, path.size()));
    }
  }
}
