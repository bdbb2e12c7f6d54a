package io.mec4j.platform.mep;

import static io.mec4j.platform.mep.Mp1Server.AS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.mec4j.model.MecJson;
import io.mec4j.model.mp1.DnsRule;
import io.mec4j.model.mp1.OperationActionType;
import io.mec4j.model.mp1.TrafficRule;
import io.mec4j.platform.mep.Mp1Server.Res;
import io.mec4j.platform.spi.RecordingDataPlane;
import io.mec4j.platform.spi.RecordingDnsBackend;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MEC 011 application support over real HTTP on loopback. */
class AppSupportIT {

  static final String TRAFFIC_RULE = """
      {"trafficRuleId":"tr-1","filterType":"FLOW","priority":5,
       "trafficFilter":[{"srcAddress":["10.0.0.0/24"],"dstPort":["8080"]}],
       "action":"FORWARD_DECAPSULATED","state":"%s"}""";
  static final String DNS_RULE = """
      {"dnsRuleId":"dns-1","domainName":"video.operator-a.example","ipAddressType":"IP_V4",
       "ipAddress":"10.10.0.7","ttl":30,"state":"%s"}""";

  private final RecordingDataPlane dataPlane = new RecordingDataPlane();
  private final RecordingDnsBackend dns = new RecordingDnsBackend();
  private Mp1Server s;
  private CallbackReceiver receiver;
  private String tokenA;

  @BeforeEach
  void start() {
    s = new Mp1Server(b -> b.dataPlane(dataPlane).dnsBackend(dns));
    s.platform.provisionApp(AppProvisioning.builder("app-a", "video-analytics")
        .addTrafficRule(MecJson.read(TRAFFIC_RULE.formatted("ACTIVE"), TrafficRule.class))
        .addDnsRule(MecJson.read(DNS_RULE.formatted("INACTIVE"), DnsRule.class))
        .build());
    tokenA = s.platform.issueToken("app-a");
    receiver = new CallbackReceiver();
  }

  @AfterEach
  void stop() {
    receiver.close();
    s.close();
  }

  @Test
  void provisioning_enforcesActiveRulesOnly() {
    assertThat(dataPlane.activeRule("app-a", "tr-1")).isPresent();
    assertThat(dns.activeRule("app-a", "dns-1")).isEmpty();
  }

  @Test
  void trafficRules_listGetPut_enforcedInDataPlane() {
    assertThat(s.get(AS + "/applications/app-a/traffic_rules", tokenA).json().get(0).get("trafficRuleId").asText())
        .isEqualTo("tr-1");
    Res one = s.get(AS + "/applications/app-a/traffic_rules/tr-1", tokenA);
    assertThat(one.header("ETag")).isEqualTo("\"1\"");

    Res put = s.put(AS + "/applications/app-a/traffic_rules/tr-1", tokenA, TRAFFIC_RULE.formatted("INACTIVE"),
        "If-Match", "\"1\"");

    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.header("ETag")).isEqualTo("\"2\"");
    assertThat(dataPlane.activeRule("app-a", "tr-1")).isEmpty();
    assertThat(s.put(AS + "/applications/app-a/traffic_rules/tr-1", tokenA, TRAFFIC_RULE.formatted("ACTIVE"),
        "If-Match", "\"1\"").status()).isEqualTo(412);
    assertThat(dataPlane.activeRule("app-a", "tr-1")).isEmpty();
    assertThat(s.put(AS + "/applications/app-a/traffic_rules/tr-9", tokenA, TRAFFIC_RULE.formatted("ACTIVE"))
        .status()).isEqualTo(400);
    assertThat(s.get(AS + "/applications/app-a/traffic_rules/nope", tokenA).status()).isEqualTo(404);
  }

  @Test
  void dnsRules_listGetPut_enforcedInDnsBackend() {
    assertThat(s.get(AS + "/applications/app-a/dns_rules", tokenA).json()).hasSize(1);
    assertThat(s.get(AS + "/applications/app-a/dns_rules/dns-1", tokenA).json().get("ipAddress").asText())
        .isEqualTo("10.10.0.7");

    Res put = s.put(AS + "/applications/app-a/dns_rules/dns-1", tokenA, DNS_RULE.formatted("ACTIVE"));

    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(dns.activeRule("app-a", "dns-1")).get().extracting(DnsRule::domainName)
        .isEqualTo("video.operator-a.example");
  }

  @Test
  void ruleUpdate_whenDataPlaneFails_returns503AndKeepsState() {
    s.close();
    s = new Mp1Server(b -> b.dataPlane(new io.mec4j.platform.spi.DataPlane() {
      @Override
      public CompletableFuture<Void> activate(String app, TrafficRule rule) {
        return CompletableFuture.completedFuture(null);
      }

      @Override
      public CompletableFuture<Void> deactivate(String app, String id) {
        return CompletableFuture.failedFuture(new IllegalStateException("switch unreachable"));
      }
    }));
    s.platform.provisionApp(AppProvisioning.builder("app-a", "x")
        .addTrafficRule(MecJson.read(TRAFFIC_RULE.formatted("ACTIVE"), TrafficRule.class)).build());
    String token = s.platform.issueToken("app-a");

    Res r = s.put(AS + "/applications/app-a/traffic_rules/tr-1", token, TRAFFIC_RULE.formatted("INACTIVE"));

    assertThat(r.status()).isEqualTo(503);
    assertThat(r.json().get("detail").asText()).contains("switch unreachable");
    assertThat(s.get(AS + "/applications/app-a/traffic_rules/tr-1", token).json().get("state").asText())
        .isEqualTo("ACTIVE");
  }

  @Test
  void confirmReady_completesAwaitReady() {
    CompletableFuture<Void> ready = s.platform.awaitReady("app-a");
    assertThat(ready).isNotDone();

    assertThat(s.post(AS + "/applications/app-a/confirm_ready", tokenA, "{\"indication\":\"NOT_YET\"}").status())
        .isEqualTo(400);
    assertThat(s.post(AS + "/applications/app-a/confirm_ready", tokenA, "{\"indication\":\"READY\"}").status())
        .isEqualTo(204);

    assertThat(ready).succeedsWithin(Duration.ofSeconds(1));
    assertThat(s.platform.findApp("app-a").orElseThrow().state()).isEqualTo(AppInstance.State.READY);
  }

  @Test
  void termination_notifiesSubscriber_confirmationCompletesOutcome() {
    Res sub = s.post(AS + "/applications/app-a/subscriptions", tokenA, """
        {"subscriptionType":"AppTerminationNotificationSubscription","callbackReference":"%s","appInstanceId":"app-a"}
        """.formatted(receiver.uri("/term")));
    assertThat(sub.status()).as(sub.body()).isEqualTo(201);
    String self = sub.json().at("/_links/self/href").asText();
    assertThat(s.get(AS + "/applications/app-a/subscriptions", tokenA).json()
        .at("/_links/subscriptions/0/subscriptionType").asText()).isEqualTo("AppTerminationNotificationSubscription");
    assertThat(s.get(self.substring(s.server.baseUri().toString().length()), tokenA).status()).isEqualTo(200);
    assertThat(s.post(AS + "/applications/app-a/confirm_termination", tokenA, "{\"operationAction\":\"TERMINATING\"}")
        .status()).as("nothing to confirm yet").isEqualTo(409);

    CompletableFuture<MecPlatform.TerminationOutcome> outcome = s.platform.requestTermination("app-a",
        OperationActionType.TERMINATING, Duration.ofSeconds(30));

    await().atMost(Duration.ofSeconds(5)).until(() -> receiver.received().size() == 1);
    JsonNode n = receiver.received().get(0);
    assertThat(n.get("notificationType").asText()).isEqualTo("AppTerminationNotification");
    assertThat(n.get("operationAction").asText()).isEqualTo("TERMINATING");
    assertThat(n.get("maxGracefulTimeout").asLong()).isEqualTo(30);
    String confirm = n.at("/_links/confirmTermination/href").asText();
    assertThat(confirm).endsWith("/applications/app-a/confirm_termination");
    assertThat(s.post(AS + "/applications/app-a/confirm_termination", tokenA, "{\"operationAction\":\"STOPPING\"}")
        .status()).isEqualTo(400);
    assertThat(s.post(confirm.substring(s.server.baseUri().toString().length()), tokenA,
        "{\"operationAction\":\"TERMINATING\"}").status()).isEqualTo(204);
    assertThat(outcome).succeedsWithin(Duration.ofSeconds(1)).isEqualTo(MecPlatform.TerminationOutcome.CONFIRMED);

    assertThat(s.delete(self.substring(s.server.baseUri().toString().length()), tokenA).status()).isEqualTo(204);
  }

  @Test
  void termination_withoutConfirmation_timesOut() {
    s.post(AS + "/applications/app-a/subscriptions", tokenA, """
        {"subscriptionType":"AppTerminationNotificationSubscription","callbackReference":"%s","appInstanceId":"app-a"}
        """.formatted(receiver.uri("/term")));

    CompletableFuture<MecPlatform.TerminationOutcome> outcome = s.platform.requestTermination("app-a",
        OperationActionType.STOPPING, Duration.ofMillis(300));

    assertThat(outcome).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(MecPlatform.TerminationOutcome.TIMED_OUT);
  }

  @Test
  void termination_subscriptionForAnotherApp_returns400() {
    Res r = s.post(AS + "/applications/app-a/subscriptions", tokenA, """
        {"subscriptionType":"AppTerminationNotificationSubscription","callbackReference":"%s","appInstanceId":"app-z"}
        """.formatted(receiver.uri("/term")));

    assertThat(r.status()).isEqualTo(400);
  }

  @Test
  void timing_currentTimeAndCaps() {
    JsonNode now = s.get(AS + "/timing/current_time", tokenA).json();
    assertThat(now.get("seconds").asLong()).isGreaterThan(1_700_000_000L);
    assertThat(now.get("timeSourceStatus").asText()).isEqualTo("NONTRACEABLE");
    Res caps = s.get(AS + "/timing/timing_caps", tokenA);
    assertThat(caps.status()).as(caps.body()).isEqualTo(200);
    assertThat(caps.json().has("timeStamp")).isTrue();
  }

  @Test
  void registrations_createGetUpdateDelete() {
    s.platform.provisionApp(AppProvisioning.builder("app-r", "self-registered").build());
    String token = s.platform.issueToken("app-r");
    String body = """
        {"appName":"edge-cache","appProvider":"ACME","appInstanceId":"app-r","isInsByMec":false,
         "endpoint":{"uris":["http://10.10.0.9:8080/"]}}""";

    Res created = s.post(AS + "/registrations", token, body);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith(AS + "/registrations/app-r");
    assertThat(s.post(AS + "/registrations", token, body).status()).isEqualTo(409);
    assertThat(s.get(AS + "/registrations/app-r", token).json().get("appProvider").asText()).isEqualTo("ACME");
    assertThat(s.put(AS + "/registrations/app-r", token, body.replace("ACME", "ACME Edge")).status()).isEqualTo(204);
    assertThat(s.get(AS + "/registrations/app-r", token).json().get("appProvider").asText()).isEqualTo("ACME Edge");
    assertThat(s.put(AS + "/registrations/app-r", token, body.replace("\"app-r\"", "\"app-q\"")).status())
        .isEqualTo(400);
    assertThat(s.delete(AS + "/registrations/app-r", token).status()).isEqualTo(204);
    assertThat(s.get(AS + "/registrations/app-r", token).status()).isEqualTo(404);
  }

  @Test
  void removeApp_deregistersServicesAndRemovesRules() {
    s.post(Mp1Server.SM + "/applications/app-a/services", tokenA, Mp1Server.serviceJson("video"));

    s.platform.removeApp("app-a");

    assertThat(dataPlane.activeRule("app-a", "tr-1")).isEmpty();
    assertThat(s.platform.services(io.mec4j.platform.spi.Caller.platform(), ServiceQuery.ALL)).isEmpty();
    assertThat(s.platform.findApp("app-a")).isEmpty();
  }
}
