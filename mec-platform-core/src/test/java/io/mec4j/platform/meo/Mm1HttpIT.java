package io.mec4j.platform.meo;

import static io.mec4j.platform.meo.MeoFixture.GRANTING;
import static io.mec4j.platform.meo.MeoFixture.LCM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mec4j.platform.meo.MeoFixture.Res;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Mm1 binding as a black box: coverage of the spec files, authorization, bad input, subscriptions, grants. */
class Mm1HttpIT {

  private MeoFixture f;

  @BeforeEach
  void start() {
    f = new MeoFixture(List.of(MeoFixture.host("edge-1")), b -> b);
    f.catalog.add(TestCatalog.appD("appd-counter", ""), f.packageDir);
  }

  @AfterEach
  void stop() {
    f.close();
  }

  /** Every path and method of the two spec files, with the file's base path. */
  static List<String[]> specOperations() throws Exception {
    String dir = System.getProperty("mec4j.specs");
    Path specs = dir == null ? null : Path.of(dir, "etsi-mec");
    assumeTrue(specs != null && Files.isDirectory(specs), "ETSI spec files not found (-Dmec4j.specs); skipping");
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<String[]> out = new ArrayList<>();
    for (String file : List.of("MEC010-2_AppLcm.yaml", "MEC010-2_AppGrant.yaml")) {
      JsonNode spec = yaml.readTree(specs.resolve(file).toFile());
      String base = java.net.URI.create(spec.at("/servers/0/url").asText()).getPath();
      for (Map.Entry<String, JsonNode> p : spec.get("paths").properties()) {
        Iterator<String> methods = p.getValue().fieldNames();
        while (methods.hasNext()) {
          String m = methods.next();
          if (List.of("get", "post", "put", "delete", "patch").contains(m)) {
            out.add(new String[] {m.toUpperCase(Locale.ROOT), base + p.getKey()});
          }
        }
      }
    }
    return out;
  }

  @Test
  void everyPathAndMethodOfTheSpecFiles_isServed() throws Exception {
    List<String[]> operations = specOperations();
    assertThat(operations).hasSize(20);
    List<String> unserved = new ArrayList<>();
    for (String[] op : operations) {
      String path = op[1].replaceAll("\\{[^}]+}", "unknown-id");
      Res r = f.send(op[0], path, f.token, op[0].equals("POST") ? "{}" : null);
      boolean routed = r.status() != 405 && !(r.status() == 404 && r.body().contains("No resource at"));
      if (!routed || r.status() >= 500) {
        unserved.add(op[0] + " " + op[1] + " -> " + r.status() + " " + r.body());
      }
      assertThat(r.header("Content-Type") == null || r.status() < 400
          || r.header("Content-Type").startsWith("application/problem+json")).as(op[0] + " " + op[1]).isTrue();
    }
    assertThat(unserved).isEmpty();
  }

  @Test
  void everyOperation_needsAnOperatorToken() throws Exception {
    String appToken = f.meo.authorizer().issueToken("some-app");
    for (String[] op : specOperations()) {
      String path = op[1].replaceAll("\\{[^}]+}", "x");
      String body = op[0].equals("POST") ? "{}" : null;
      Res none = f.send(op[0], path, null, body);
      assertThat(none.status()).as(op[0] + " " + op[1]).isEqualTo(401);
      Res app = f.send(op[0], path, appToken, body);
      assertThat(app.status()).as(op[0] + " " + op[1]).isEqualTo(403);
      assertThat(app.json().get("detail").asText()).contains("operator");
    }
  }

  @Test
  void badInput_getsProblems_andChangesNothing() {
    String id = f.create("appd-counter");
    String inst = LCM + "/app_instances/" + id;
    String[][] cases = {
        {LCM + "/app_instances", "{\"appDId\":", "Malformed JSON"},
        {LCM + "/app_instances", "{\"appDId\":5}", "appDId"},
        {LCM + "/app_instances", "{\"appInstanceName\":\"x\"}", "appDId"},
        {LCM + "/app_instances", "[]", "CreateAppInstanceRequest"},
        {inst + "/instantiate", "{\"selectedMECHostInfo\":[]}", "selectedMECHostInfo"},
        {inst + "/instantiate", "{\"selectedMECHostInfo\":[{\"hostName\":\"x\"}]}", "hostId"},
        {inst + "/instantiate", "{\"locationConstraints\":{\"area\":\"{\\\"type\\\":\\\"Point\\\"}\"}}", "Polygon"},
        {inst + "/instantiate", "{\"virtualComputeDescriptor\":{\"virtualComputeDescId\":\"v\"}}", "virtualCpu"},
        {inst + "/terminate", "{}", "terminationType"},
        {inst + "/terminate", "{\"terminationType\":\"SOMETIMES\"}", "terminationType"},
        {inst + "/terminate", "{\"terminationType\":\"FORCEFUL\",\"gracefulTerminationTimeout\":3}", "GRACEFUL"},
        {inst + "/terminate", "{\"terminationType\":\"GRACEFUL\",\"gracefulTerminationTimeout\":\"3\"}", "gracefulTerminationTimeout"},
        {inst + "/operate", "{\"changeStateTo\":\"STARTED\",\"stopType\":\"GRACEFUL\"}", "absent"},
        {inst + "/operate", "{\"changeStateTo\":\"STOPPED\",\"stopType\":\"GRACEFUL\"}", "gracefulStopTimeout"},
        {inst + "/configure_platform_for_app", "{\"appDNSRule\":[{\"dnsRuleId\":\"d\"}]}", "domainName"},
        {LCM + "/subscriptions", "{\"subscriptionType\":\"Nope\",\"callbackUri\":\"http://x\"}", "subscriptionType"},
        {LCM + "/subscriptions", "{\"callbackUri\":\"http://x\"}", "subscriptionType"},
        {LCM + "/subscriptions", "{\"subscriptionType\":\"AppInstanceStateChangeSubscription\",\"callbackUri\":\"ftp://x\"}",
            "callbackUri must be an absolute http(s) URI"},
        {LCM + "/subscriptions", "{\"subscriptionType\":\"AppLcmOpOccStateChangeSubscription\",\"callbackUri\":\"http://x\","
            + "\"appLcmOpOccSubscriptionFilter\":{\"operationStates\":\"DONE\"}}", "operationStates"},
        {LCM + "/subscriptions", "{\"subscriptionType\":\"AppIdentifierCreationSubscription\",\"callbackUri\":\"http://x\","
            + "\"appInstanceSubscriptionFilter\":{\"appInstSelectorType\":1}}", "appInstances"},
        {LCM + "/user_defined_notification", "{\"notificationType\":\"AppInstanceStateChangeSubscription\"}", "appInstanceId"},
        {LCM + "/app_lcm_op_occs/x/cancel", "{\"CancelMode\":\"SOON\"}", "CancelMode"},
        {GRANTING + "/grants", "{\"appInstanceId\":\"" + id + "\"}", "appLcmOpOccId"},
    };
    JsonNode before = snapshot();
    for (String[] c : cases) {
      Res r = f.post(c[0], c[1]);
      assertThat(r.status()).as(c[0] + " " + c[1] + " -> " + r.body()).isEqualTo(400);
      assertThat(r.header("Content-Type")).startsWith("application/problem+json");
      assertThat(r.json().get("detail").asText()).as(c[0] + " " + c[1]).contains(c[2]);
    }
    Res tooBig = f.post(LCM + "/app_instances", "{\"appDId\":\"" + "x".repeat(1 << 20) + "\"}");
    assertThat(tooBig.status()).isEqualTo(413);
    Res wrongType = f.send("POST", LCM + "/app_instances", f.token, "appDId=x", "Content-Type", "text/plain");
    assertThat(wrongType.status()).isEqualTo(415);
    assertThat(f.send("GET", LCM + "/app_instances", f.token, null, "Accept", "text/html").status()).isEqualTo(406);
    assertThat(f.get(LCM + "/subscriptions?subscriptiontype=Nope").status()).isEqualTo(400);
    assertThat(snapshot()).isEqualTo(before);
  }

  private JsonNode snapshot() {
    var n = io.mec4j.model.MecJson.mapper().createObjectNode();
    n.set("instances", f.get(LCM + "/app_instances?all_fields").json());
    n.set("ops", f.get(LCM + "/app_lcm_op_occs?all_fields").json());
    n.set("subs", f.get(LCM + "/subscriptions").json());
    return n;
  }

  @Test
  void unknownIds_get404() {
    for (String[] c : new String[][] {
        {"GET", LCM + "/app_instances/nope", null},
        {"DELETE", LCM + "/app_instances/nope", null},
        {"POST", LCM + "/app_instances/nope/instantiate", "{}"},
        {"POST", LCM + "/app_instances/nope/terminate", "{\"terminationType\":\"FORCEFUL\"}"},
        {"POST", LCM + "/app_instances/nope/operate", "{\"changeStateTo\":\"STARTED\"}"},
        {"POST", LCM + "/app_instances/nope/configure_platform_for_app", "{}"},
        {"GET", LCM + "/app_lcm_op_occs/nope", null},
        {"POST", LCM + "/app_lcm_op_occs/nope/cancel", "{\"CancelMode\":\"GRACEFUL\"}"},
        {"POST", LCM + "/app_lcm_op_occs/nope/fail", null},
        {"POST", LCM + "/app_lcm_op_occs/nope/retry", null},
        {"GET", LCM + "/subscriptions/nope", null},
        {"DELETE", LCM + "/subscriptions/nope", null},
        {"GET", GRANTING + "/grants/nope", null}}) {
      Res r = f.send(c[0], c[1], f.token, c[2]);
      assertThat(r.status()).as(c[0] + " " + c[1] + " " + r.body()).isEqualTo(404);
      assertThat(r.json().get("detail").asText()).contains("nope");
    }
  }

  @Test
  void subscriptions_createListReadDelete() {
    Receiver r = new Receiver();
    try {
      Res created = f.post(LCM + "/subscriptions", """
          {"subscriptionType":"AppLcmOpOccStateChangeSubscription","callbackUri":"%s",
           "appLcmOpOccSubscriptionFilter":{"notificationTypes":"AppLcmOpOccNotification",
             "operationTypes":"INSTANTIATE","operationStates":"COMPLETED"}}""".formatted(r.uri("/ops")));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      String subId = created.json().get("id").asText();
      assertThat(created.header("Location")).endsWith("/subscriptions/" + subId);
      assertThat(created.json().path("_links").path("self").path("href").asText()).isEqualTo(created.header("Location"));
      Res byApp = f.post(LCM + "/subscriptions", """
          {"subscriptionType":"AppInstanceStateChangeSubscription","callbackUri":"%s","appInstanceState":"STOPPED",
           "appInstanceSubscriptionFilter":{"appInstSelectorType":3,"appInstances":["other-appd"]}}"""
          .formatted(r.uri("/inst")));
      assertThat(byApp.status()).isEqualTo(201);

      JsonNode list = f.get(LCM + "/subscriptions").json();
      assertThat(list.path("_links").path("subscriptions")).hasSize(2);
      JsonNode onlyOps = f.get(LCM + "/subscriptions?subscriptiontype=AppLcmOpOccStateChangeSubscription").json();
      assertThat(onlyOps.path("_links").path("subscriptions")).hasSize(1);
      assertThat(onlyOps.path("_links").path("subscriptions").get(0).get("subscriptionType").asText())
          .isEqualTo("AppLcmOpOccStateChangeSubscription");
      assertThat(f.get(LCM + "/subscriptions/" + subId).json()).isEqualTo(created.json());

      // the filter lets only the COMPLETED INSTANTIATE through; the AppD filter of the other lets nothing through
      String id = f.create("appd-counter");
      String opId = f.task(id, "instantiate", "{}");
      await().atMost(Duration.ofSeconds(10)).until(() -> r.received().size() == 1);
      assertThat(r.received().get(0).get("operationState").asText()).isEqualTo("COMPLETED");
      assertThat(r.received().get(0).get("appLcmOpOccId").asText()).isEqualTo(opId);
      assertThat(r.received().get(0).path("_links").path("subscription").path("href").asText())
          .isEqualTo(created.header("Location"));

      assertThat(f.delete(LCM + "/subscriptions/" + subId).status()).isEqualTo(204);
      assertThat(f.get(LCM + "/subscriptions/" + subId).status()).isEqualTo(404);
      assertThat(f.get(LCM + "/subscriptions").json().path("_links").path("subscriptions")).hasSize(1);
    } finally {
      r.close();
    }
  }

  @Test
  void userDefinedNotification_isHandedToListeners() {
    List<Object> got = new CopyOnWriteArrayList<>();
    f.meo.onNotification(got::add);

    Res r = f.post(LCM + "/user_defined_notification", """
        {"id":"n-1","notificationType":"AppInstanceStateChangeSubscription","appInstanceState":"STARTED",
         "subscriptionId":"s-1","timeStamp":{"seconds":1700000000,"nanoSeconds":0},"appInstanceId":"a-1",
         "appPkgId":"p-1","appDId":"d-1","_links":{"subscription":{"href":"http://meo.example/s-1"}}}""");

    assertThat(r.status()).as(r.body()).isEqualTo(204);
    assertThat(got).singleElement().isInstanceOf(io.mec4j.model.lcm.AppInstNotification.class);
    assertThat(f.post(LCM + "/user_defined_notification", "{\"notificationType\":\"Nope\"}").status()).isEqualTo(400);
  }

  @Test
  void grants_requestedByAPlatformManager() {
    String id = f.create("appd-counter");
    String opId = f.task(id, "instantiate", "{}");
    await().until(() -> f.op(opId).get("operationState").asText().equals("COMPLETED"));
    String req = """
        {"appInstanceId":"%s","appLcmOpOccId":"%s","appDId":"%s","operation":"%s",
         "addResources":[{"id":"r-1","type":"COMPUTE","resourceTemplateId":["vcd-1"]}],
         "_links":{"appLcmOpOcc":{"href":"http://x/op"},"appInstance":{"href":"http://x/inst"}}}""";

    Res g = f.post(GRANTING + "/grants", req.formatted(id, opId, "appd-counter", "INSTANTIATE"));

    assertThat(g.status()).as(g.body()).isEqualTo(201);
    JsonNode grant = g.json();
    assertThat(g.header("Location")).endsWith(GRANTING + "/grants/" + grant.get("id").asText());
    assertThat(grant.path("vimConnections").path("vim-edge-1").path("vimId").asText()).isEqualTo("edge-1");
    assertThat(grant.path("addResources").get(0).get("resourceDefinitionId").asText()).isEqualTo("r-1");
    assertThat(grant.path("zones").get(0).get("zoneId").asText()).isEqualTo("edge-1");
    assertThat(f.get(g.header("Location").substring(f.server.baseUri().toString().length())).json())
        .isEqualTo(grant);

    assertThat(f.post(GRANTING + "/grants", req.formatted("nope", opId, "appd-counter", "INSTANTIATE")).status())
        .isEqualTo(404);
    assertThat(f.post(GRANTING + "/grants", req.formatted(id, "nope", "appd-counter", "INSTANTIATE")).status())
        .isEqualTo(404);
    assertThat(f.post(GRANTING + "/grants", req.formatted(id, opId, "other", "INSTANTIATE")).status())
        .isEqualTo(400);
    assertThat(f.post(GRANTING + "/grants", req.formatted(id, opId, "appd-counter", "TERMINATE")).status())
        .isEqualTo(400);
  }

  @Test
  void grants_areRefusedWhenNoHostFits() {
    f.catalog.add(TestCatalog.appD("appd-huge", "").replace("\"numVirtualCpu\":1", "\"numVirtualCpu\":64"),
        f.packageDir);
    String id = f.create("appd-huge");
    String opId = f.task(id, "instantiate", "{}");
    await().until(() -> f.op(opId).get("operationState").asText().equals("FAILED_TEMP"));

    Res g = f.post(GRANTING + "/grants", """
        {"appInstanceId":"%s","appLcmOpOccId":"%s","appDId":"appd-huge","operation":"INSTANTIATE",
         "_links":{"appLcmOpOcc":{"href":"http://x/op"},"appInstance":{"href":"http://x/inst"}}}"""
        .formatted(id, opId));

    assertThat(g.status()).isEqualTo(403);
    assertThat(g.json().get("detail").asText()).contains("Grant rejected", "edge-1: needs 64 vCPU, 8 of 8 free");
  }
}
