package io.mec4j.platform.mep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mec4j.model.MecJson;
import io.mec4j.model.mp1.DnsRule;
import io.mec4j.model.mp1.TrafficRule;
import io.mec4j.platform.http.Route;
import io.mec4j.platform.mep.Mp1Server.Res;
import io.mec4j.platform.spi.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Sends at least 10,000 generated bad requests across every Mp1 endpoint (wrong methods, unknown ids, malformed and
 * mistyped bodies, missing required attributes, unknown enum values, wrong content types, unacceptable Accept,
 * oversized bodies, missing or forged tokens, bad query parameters) and checks that each gets a 4xx {@code
 * application/problem+json}, never a 5xx, and that the platform's state is unchanged afterwards.
 */
class BadInputPropertyIT {

  private static Mp1Server s;
  private static String token;
  private static String serviceId;
  private static String snapshot;
  private static List<Route> routes;
  private static final AtomicInteger SENT = new AtomicInteger();

  /** The kinds of badness. */
  enum Kind { WRONG_METHOD, UNKNOWN_ID, MALFORMED_JSON, WRONG_TOP_LEVEL, WRONG_FIELD_TYPE, MISSING_REQUIRED,
    UNKNOWN_ENUM, EMPTY_BODY, WRONG_CONTENT_TYPE, BAD_ACCEPT, OVERSIZED, NO_TOKEN, FORGED_TOKEN, BAD_QUERY }

  record Case(Route route, Kind kind, int seed, String junk) {}

  @BeforeContainer
  static void start() {
    s = new Mp1Server(b -> b);
    s.platform.provisionApp(AppProvisioning.builder("app-a", "producer")
        .addTrafficRule(MecJson.read(AppSupportIT.TRAFFIC_RULE.formatted("ACTIVE"), TrafficRule.class))
        .addDnsRule(MecJson.read(AppSupportIT.DNS_RULE.formatted("ACTIVE"), DnsRule.class))
        .build());
    token = s.platform.issueToken("app-a");
    serviceId = s.post(Mp1Server.SM + "/applications/app-a/services", token, Mp1Server.serviceJson("rnis")).json()
        .get("serInstanceId").asText();
    s.post(Mp1Server.SM + "/applications/app-a/subscriptions", token,
        "{\"subscriptionType\":\"SerAvailabilityNotificationSubscription\",\"callbackReference\":\"http://127.0.0.1:9/x\"}");
    s.post(Mp1Server.AS + "/registrations", token, "{\"appName\":\"producer\",\"appInstanceId\":\"app-a\"}");
    routes = new Mp1HttpBinding(s.platform).routes();
    snapshot = state();
  }

  @AfterContainer
  static void stop() {
    try {
      assertThat(SENT.get()).as("bad requests sent").isGreaterThanOrEqualTo(10_000);
      assertThat(state()).as("platform state after all bad requests").isEqualTo(snapshot);
    } finally {
      s.close();
    }
  }

  /** Everything the platform keeps for app-a and its services, as JSON. */
  private static String state() {
    Caller p = Caller.platform();
    Map<String, Object> all = new java.util.LinkedHashMap<>();
    all.put("services", s.platform.services(p, ServiceQuery.ALL));
    all.put("serviceVersions", s.platform.service(p, serviceId).version());
    all.put("serviceSubs", s.platform.serviceSubscriptions(p, "app-a"));
    all.put("termSubs", s.platform.terminationSubscriptions(p, "app-a"));
    all.put("traffic", s.platform.trafficRules(p, "app-a"));
    all.put("trafficVersion", s.platform.trafficRule(p, "app-a", "tr-1").version());
    all.put("dns", s.platform.dnsRules(p, "app-a"));
    all.put("registration", s.platform.registration(p, "app-a"));
    all.put("apps", s.platform.apps().stream().map(AppInstance::appInstanceId).toList());
    all.put("app", s.platform.findApp("app-a").orElseThrow().state());
    return MecJson.write(all);
  }

  @Property(tries = 10_000, seed = "20261123")
  void badRequest_getsProblem4xx_neverChangesState(@ForAll("cases") Case c) {
    Res r;
    try {
      r = send(c);
    } catch (RuntimeException e) {
      throw new AssertionError("No HTTP answer to " + c.route().method() + " " + c.route().template() + " ("
          + c.kind() + "): " + e, e);
    }
    SENT.incrementAndGet();
    assertThat(r.status()).as("%s %s (%s) -> %s", c.route().method(), c.route().template(), c.kind(), r.body())
        .isBetween(400, 499);
    assertThat(r.contentType()).as("%s %s (%s)", c.route().method(), c.route().template(), c.kind())
        .startsWith("application/problem+json");
  }

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(
        Arbitraries.of(routes),
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, Arbitraries.just(Kind.WRONG_METHOD)),
            net.jqwik.api.Tuple.of(10, Arbitraries.just(Kind.UNKNOWN_ID)),
            net.jqwik.api.Tuple.of(12, Arbitraries.just(Kind.MALFORMED_JSON)),
            net.jqwik.api.Tuple.of(8, Arbitraries.just(Kind.WRONG_TOP_LEVEL)),
            net.jqwik.api.Tuple.of(16, Arbitraries.just(Kind.WRONG_FIELD_TYPE)),
            net.jqwik.api.Tuple.of(12, Arbitraries.just(Kind.MISSING_REQUIRED)),
            net.jqwik.api.Tuple.of(8, Arbitraries.just(Kind.UNKNOWN_ENUM)),
            net.jqwik.api.Tuple.of(4, Arbitraries.just(Kind.EMPTY_BODY)),
            net.jqwik.api.Tuple.of(6, Arbitraries.just(Kind.WRONG_CONTENT_TYPE)),
            net.jqwik.api.Tuple.of(5, Arbitraries.just(Kind.BAD_ACCEPT)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.OVERSIZED)),
            net.jqwik.api.Tuple.of(4, Arbitraries.just(Kind.NO_TOKEN)),
            net.jqwik.api.Tuple.of(4, Arbitraries.just(Kind.FORGED_TOKEN)),
            net.jqwik.api.Tuple.of(6, Arbitraries.just(Kind.BAD_QUERY))),
        Arbitraries.integers().between(0, Integer.MAX_VALUE),
        Arbitraries.strings().withChars("abcXYZ019-_.~%!$'()*+:@").ofMinLength(1).ofMaxLength(40))
        .as(Case::new);
  }

  private static Res send(Case c) {
    Route r = c.route();
    java.util.Random rnd = new java.util.Random(c.seed());
    boolean hasBody = !r.bodyTypes().isEmpty();
    Kind kind = c.kind();
    // kinds that need a body fall back to ones every route has
    if (!hasBody && Set.of(Kind.MALFORMED_JSON, Kind.WRONG_TOP_LEVEL, Kind.WRONG_FIELD_TYPE, Kind.MISSING_REQUIRED,
        Kind.UNKNOWN_ENUM, Kind.EMPTY_BODY, Kind.WRONG_CONTENT_TYPE, Kind.OVERSIZED).contains(kind)) {
      kind = rnd.nextBoolean() ? Kind.WRONG_METHOD : Kind.FORGED_TOKEN;
    }
    if (kind == Kind.UNKNOWN_ID && !r.template().contains("{")) {
      kind = Kind.BAD_QUERY;
    }
    String path = kind == Kind.UNKNOWN_ID ? fill(r.template(), c.junk(), rnd) : fill(r.template(), null, rnd);
    String method = r.method();
    String body = hasBody ? validBody(r) : null;
    String tok = token;
    List<String> headers = new ArrayList<>();
    switch (kind) {
      case WRONG_METHOD -> {
        Set<String> allowed = new java.util.HashSet<>();
        for (Route o : routes) {
          if (o.template().equals(r.template())) {
            allowed.add(o.method());
          }
        }
        List<String> others = new ArrayList<>(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        others.removeAll(allowed);
        method = others.get(rnd.nextInt(others.size()));
        body = "{}";
      }
      case UNKNOWN_ID -> { }
      case MALFORMED_JSON -> body = malformed(body, rnd);
      case WRONG_TOP_LEVEL -> body = List.of("[]", "[" + body + "]", "42", "\"text\"", "true", "null").get(rnd.nextInt(6));
      case WRONG_FIELD_TYPE -> body = mutateType(body, rnd);
      case MISSING_REQUIRED -> body = dropRequired(r, body, rnd);
      case UNKNOWN_ENUM -> body = unknownEnum(body, rnd);
      case EMPTY_BODY -> body = "";
      case WRONG_CONTENT_TYPE -> headers.addAll(List.of("Content-Type",
          List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; b=1")
              .get(rnd.nextInt(4))));
      case BAD_ACCEPT -> headers.addAll(List.of("Accept",
          List.of("text/html", "application/xml", "image/png", "text/plain;q=1").get(rnd.nextInt(4))));
      case OVERSIZED -> body = "{\"pad\":\"" + "x".repeat((1 << 20) + rnd.nextInt(1000)) + "\"}";
      case NO_TOKEN -> tok = null;
      case FORGED_TOKEN -> tok = rnd.nextBoolean() ? token.substring(0, token.length() - 3) + "abc"
          : c.junk().replace("%", "");
      case BAD_QUERY -> {
        if (r.template().endsWith("/services") && r.method().equals("GET")) {
          path += List.of("?is_local=perhaps", "?consumed_local_only=1", "?scope_of_locality=PLANET",
              "?ser_name=a&ser_instance_id=b", "?ser_category_id=a&ser_category_id=b", "?ser_instance_id=",
              "?ser_name=").get(rnd.nextInt(7));
        } else {
          tok = null; // routes without query parameters: fall back to an unauthenticated call
        }
      }
      default -> throw new IllegalStateException();
    }
    return s.send(method, path, tok, body, headers.toArray(String[]::new));
  }

  /** Fills path parameters: existing ids (or the given junk for an unknown-id case). */
  private static String fill(String template, String junk, java.util.Random rnd) {
    String p = template;
    if (junk != null) {
      String id = junk.replace("/", "").replace("%", "p");
      String q = java.util.regex.Matcher.quoteReplacement(id);
      // unknown ids: either the app or the resource is unknown (own app with unknown resource, or other app)
      if (p.contains("{appInstanceId}") && (rnd.nextBoolean() || !p.matches(".*\\{appInstanceId\\}.*\\{.*"))) {
        return p.replace("{appInstanceId}", "zz" + id).replaceAll("\\{[a-zA-Z]+\\}", "yy" + q);
      }
      return p.replace("{appInstanceId}", "app-a").replaceAll("\\{[a-zA-Z]+\\}", "yy" + q);
    }
    return p.replace("{appInstanceId}", "app-a").replace("{serviceId}", serviceId)
        .replace("{subscriptionId}", "no-such-subscription").replace("{trafficRuleId}", "tr-1")
        .replace("{dnsRuleId}", "dns-1");
  }

  private static String validBody(Route r) {
    String t = r.template();
    if (t.endsWith("/liveness")) {
      return "{\"state\":\"ACTIVE\"}";
    }
    if (t.contains("/services")) {
      ObjectNode n = (ObjectNode) json(Mp1Server.serviceJson("rnis"));
      if (r.method().equals("PUT")) {
        n.put("serInstanceId", serviceId);
      }
      return n.toString();
    }
    if (t.startsWith(Mp1Server.SM) && t.endsWith("/subscriptions")) {
      return "{\"subscriptionType\":\"SerAvailabilityNotificationSubscription\",\"callbackReference\":\"http://127.0.0.1:9/y\","
          + "\"filteringCriteria\":{\"serNames\":[\"rnis\"],\"states\":[\"ACTIVE\"]}}";
    }
    if (t.endsWith("/subscriptions")) {
      return "{\"subscriptionType\":\"AppTerminationNotificationSubscription\",\"callbackReference\":\"http://127.0.0.1:9/y\","
          + "\"appInstanceId\":\"app-a\"}";
    }
    if (t.contains("/traffic_rules/")) {
      return AppSupportIT.TRAFFIC_RULE.formatted("INACTIVE");
    }
    if (t.contains("/dns_rules/")) {
      return AppSupportIT.DNS_RULE.formatted("INACTIVE");
    }
    if (t.endsWith("/confirm_termination")) {
      return "{\"operationAction\":\"TERMINATING\"}";
    }
    if (t.endsWith("/confirm_ready")) {
      return "{\"indication\":\"READY\"}";
    }
    if (t.contains("/registrations")) {
      return "{\"appName\":\"producer\",\"appInstanceId\":\"app-a\",\"appProvider\":\"ACME\","
          + "\"endpoint\":{\"uris\":[\"http://10.0.0.1/\"]}}";
    }
    throw new IllegalStateException("no body template for " + t);
  }

  /** The attributes each body's type requires, per the spec. */
  private static List<String> required(Route r) {
    String t = r.template();
    if (t.endsWith("/liveness")) {
      return List.of("state");
    }
    if (t.contains("/services")) {
      return List.of("serName", "version", "state", "serializer", "transportInfo");
    }
    if (t.startsWith(Mp1Server.SM) && t.endsWith("/subscriptions")) {
      return List.of("subscriptionType", "callbackReference");
    }
    if (t.endsWith("/subscriptions")) {
      return List.of("subscriptionType", "callbackReference", "appInstanceId");
    }
    if (t.contains("/traffic_rules/")) {
      return List.of("trafficRuleId", "filterType", "priority", "trafficFilter", "action", "state");
    }
    if (t.contains("/dns_rules/")) {
      return List.of("dnsRuleId", "domainName", "ipAddressType", "ipAddress", "state");
    }
    if (t.endsWith("/confirm_termination")) {
      return List.of("operationAction");
    }
    if (t.endsWith("/confirm_ready")) {
      return List.of("indication");
    }
    return List.of("appName");
  }

  private static String malformed(String body, java.util.Random rnd) {
    for (int attempt = 0; ; attempt++) {
      String m = switch ((rnd.nextInt(6) + attempt) % 6) {
        case 0 -> body.substring(0, Math.max(1, rnd.nextInt(body.length())));
        case 1 -> body.replaceFirst(":", "");
        case 2 -> body + "}";
        case 3 -> body.replace("\"", "'");
        case 4 -> "{" + body;
        default -> body.replaceFirst(",", ",,");
      };
      if (!isJson(m)) {
        return m;
      }
    }
  }

  private static boolean isJson(String text) {
    try {
      MecJson.mapper().readerFor(JsonNode.class)
          .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static String mutateType(String body, java.util.Random rnd) {
    ObjectNode n = (ObjectNode) json(body);
    List<String> fields = new ArrayList<>();
    n.fieldNames().forEachRemaining(fields::add);
    String f = fields.get(rnd.nextInt(fields.size()));
    JsonNode old = n.get(f);
    JsonNodeFactory nf = JsonNodeFactory.instance;
    List<JsonNode> wrong = new ArrayList<>();
    if (!old.isNumber()) {
      wrong.add(nf.numberNode(rnd.nextInt(1000)));
    }
    if (!old.isTextual()) {
      wrong.add(nf.textNode("not-a-" + old.getNodeType().name().toLowerCase()));
    }
    if (!old.isBoolean()) {
      wrong.add(nf.booleanNode(rnd.nextBoolean()));
    }
    if (!old.isArray()) {
      wrong.add(nf.arrayNode().add(1).add("x"));
    }
    if (!old.isObject()) {
      wrong.add(nf.objectNode().put("nested", true));
    }
    n.set(f, wrong.get(rnd.nextInt(wrong.size())));
    return n.toString();
  }

  private static String dropRequired(Route r, String body, java.util.Random rnd) {
    ObjectNode n = (ObjectNode) json(body);
    List<String> req = new ArrayList<>(required(r));
    req.removeIf(f -> !n.has(f));
    int drop = 1 + rnd.nextInt(req.size());
    java.util.Collections.shuffle(req, rnd);
    for (int i = 0; i < drop; i++) {
      n.remove(req.get(i));
    }
    return n.toString();
  }

  private static String unknownEnum(String body, java.util.Random rnd) {
    ObjectNode n = (ObjectNode) json(body);
    for (String f : List.of("state", "serializer", "filterType", "action", "ipAddressType", "operationAction")) {
      if (n.has(f)) {
        n.put(f, "FUTURE_VALUE_" + rnd.nextInt(100));
        return n.toString();
      }
    }
    // bodies without an enum attribute: a required string gets an empty-object value instead
    return mutateType(body, rnd);
  }

  private static JsonNode json(String s) {
    try {
      return MecJson.mapper().readTree(s);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
