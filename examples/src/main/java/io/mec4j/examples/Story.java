package io.mec4j.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.mec4j.model.MecJson;
import io.mec4j.model.mp1.DnsRule;
import io.mec4j.model.mp1.OperationActionType;
import io.mec4j.model.mp1.TrafficRule;
import io.mec4j.platform.mep.AppProvisioning;
import io.mec4j.platform.mep.MecPlatform;
import io.mec4j.testing.AppCredentials;
import io.mec4j.testing.EmbeddedMecPlatform;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The demo story, told with real HTTP on loopback: an operator's MEC platform, an edge application that produces a
 * service and a consumer that discovers it and is notified of its life, traffic and DNS rules enforced, a graceful
 * termination; then the orchestrator: a package onboarded, instantiated next to the user, relocated with its state
 * when the user moves. Prints a timeline and exits 0 when every step did what the specs say.
 *
 * <p>The federated, multi-operator chapter joins here as the federator lands.
 */
final class Story {

  static {
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final PrintStream out;
  private final long t0 = System.nanoTime();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private Story(PrintStream out) {
    this.out = out;
  }

  static int run(PrintStream out) {
    try {
      new Story(out).tell();
      return 0;
    } catch (RuntimeException | AssertionError e) {
      out.println("The story failed: " + e);
      return 1;
    }
  }

  private void tell() {
    BlockingQueue<JsonNode> consumerInbox = new LinkedBlockingQueue<>();
    BlockingQueue<JsonNode> producerInbox = new LinkedBlockingQueue<>();
    HttpServer callbacks = receiver(consumerInbox, producerInbox);
    String cb = "http://127.0.0.1:" + callbacks.getAddress().getPort();
    try (EmbeddedMecPlatform mec = EmbeddedMecPlatform.start()) {
      say("Operator A's MEC platform is up at " + mec.baseUri() + " (Mp1: MEC 011 service management and"
          + " application support)");

      TrafficRule steer = MecJson.read("""
          {"trafficRuleId":"steer-video","filterType":"FLOW","priority":10,
           "trafficFilter":[{"srcAddress":["10.60.0.0/16"],"dstPort":["8554"]}],
           "action":"FORWARD_DECAPSULATED","state":"ACTIVE"}""", TrafficRule.class);
      DnsRule dns = MecJson.read("""
          {"dnsRuleId":"dns-video","domainName":"video.operator-a.example","ipAddressType":"IP_V4",
           "ipAddress":"10.10.0.7","ttl":30,"state":"ACTIVE"}""", DnsRule.class);
      AppCredentials producer = mec.provisionApp(AppProvisioning.builder("video-analytics-1", "video-analytics")
          .appProvider("Vistaview").addTrafficRule(steer).addDnsRule(dns).build());
      AppCredentials consumer = mec.provisionApp("ar-guide-1");
      say("The orchestrator provisioned video-analytics-1 and ar-guide-1; the data plane now steers "
          + mec.dataPlane().activeRule("video-analytics-1", "steer-video").map(r -> r.trafficFilter().get(0)
              .srcAddress()).orElseThrow() + " to the edge and DNS answers video.operator-a.example -> "
          + mec.dns().activeRule("video-analytics-1", "dns-video").orElseThrow().ipAddress());

      expect(201, call("POST", consumer.serviceMgmtUri() + "/applications/ar-guide-1/subscriptions", consumer, """
          {"subscriptionType":"SerAvailabilityNotificationSubscription","callbackReference":"%s/consumer",
           "filteringCriteria":{"serNames":["video-analytics"]}}""".formatted(cb)));
      say("ar-guide-1 subscribed to the availability of 'video-analytics' services");
      expect(201, call("POST", producer.appSupportUri() + "/applications/video-analytics-1/subscriptions", producer, """
          {"subscriptionType":"AppTerminationNotificationSubscription","callbackReference":"%s/producer",
           "appInstanceId":"video-analytics-1"}""".formatted(cb)));
      expect(204, call("POST", producer.appSupportUri() + "/applications/video-analytics-1/confirm_ready", producer,
          "{\"indication\":\"READY\"}"));
      say("video-analytics-1 subscribed to its termination and confirmed it is READY");

      JsonNode service = expect(201, call("POST", producer.serviceMgmtUri()
          + "/applications/video-analytics-1/services", producer, """
          {"serName":"video-analytics","version":"1.4.0","state":"ACTIVE","serializer":"JSON",
           "transportInfo":{"id":"va-rest","name":"REST","type":"REST_HTTP","protocol":"HTTP","version":"1.1",
             "endpoint":{"uris":["http://10.10.0.7:8080/analytics/v1"]},"security":{}},
           "livenessInterval":15}"""));
      say("video-analytics-1 registered service video-analytics as " + service.get("serInstanceId").asText()
          + " (heartbeat every " + service.get("livenessInterval").asInt() + " s at "
          + service.at("/_links/liveness/href").asText() + ")");

      JsonNode added = take(consumerInbox);
      say("ar-guide-1 was notified: " + added.at("/serviceReferences/0/serName").asText() + " "
          + added.at("/serviceReferences/0/changeType").asText());
      JsonNode found = expect(200, call("GET", consumer.serviceMgmtUri() + "/services?ser_name=video-analytics",
          consumer, null));
      say("ar-guide-1 discovered it: " + found.get(0).at("/transportInfo/endpoint/uris/0").asText());

      expect(200, call("PUT", producer.appSupportUri() + "/applications/video-analytics-1/dns_rules/dns-video",
          producer, MecJson.write(dns.toBuilder().state(io.mec4j.model.mp1.RuleState.INACTIVE).build())));
      say("video-analytics-1 deactivated its DNS rule; DNS now answers for it: "
          + mec.dns().activeRule("video-analytics-1", "dns-video").isPresent());

      expect(403, call("GET", producer.appSupportUri() + "/applications/video-analytics-1/traffic_rules",
          consumer, null));
      say("ar-guide-1 tried to read video-analytics-1's traffic rules: 403, as it should");

      var outcome = mec.platform().requestTermination("video-analytics-1", OperationActionType.TERMINATING,
          Duration.ofSeconds(10));
      JsonNode term = take(producerInbox);
      say("The orchestrator asked video-analytics-1 to terminate; it was notified (" 
          + term.get("operationAction").asText() + ", " + term.get("maxGracefulTimeout").asLong() + " s)");
      expect(204, call("POST", term.at("/_links/confirmTermination/href").asText(), producer,
          "{\"operationAction\":\"TERMINATING\"}"));
      say("video-analytics-1 confirmed; outcome: " + outcome.join());
      mec.platform().removeApp("video-analytics-1");
      JsonNode removed = take(consumerInbox);
      say("The platform removed it; ar-guide-1 was notified: " + removed.at("/serviceReferences/0/changeType")
          .asText() + "; traffic rule still active: "
          + mec.dataPlane().activeRule("video-analytics-1", "steer-video").isPresent());
      long settle = System.nanoTime() + Duration.ofSeconds(2).toNanos();
      while (mec.platform().notificationStats().pending() > 0 && System.nanoTime() < settle) {
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      var stats = mec.platform().notificationStats();
      say("Notifications delivered: " + stats.delivered() + ", pending: " + stats.pending());
    } finally {
      callbacks.stop(0);
    }
    new OrchestratorChapter(this::say).tell();
    say("The end. Next chapter: federation, when operator B's MEC system joins.");
  }

  private HttpServer receiver(BlockingQueue<JsonNode> consumer, BlockingQueue<JsonNode> producer) {
    try {
      HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      s.createContext("/", ex -> {
        JsonNode n = MecJson.mapper().readTree(ex.getRequestBody().readAllBytes());
        (ex.getRequestURI().getPath().startsWith("/producer") ? producer : consumer).add(n);
        ex.sendResponseHeaders(204, -1);
        ex.close();
      });
      s.start();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode take(BlockingQueue<JsonNode> inbox) {
    try {
      JsonNode n = inbox.poll(10, TimeUnit.SECONDS);
      if (n == null) {
        throw new AssertionError("No notification arrived within 10 s");
      }
      return n;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> call(String method, String uri, AppCredentials app, @Nullable String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).header("Authorization", app.authorizationHeader());
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode expect(int status, HttpResponse<String> r) {
    if (r.statusCode() != status) {
      throw new AssertionError(r.request().method() + " " + r.uri() + ": expected " + status + ", got "
          + r.statusCode() + " " + r.body());
    }
    return r.body().isEmpty() ? MecJson.mapper().nullNode() : MecJson.read(r.body(), JsonNode.class);
  }

  void say(String line) {
    out.printf("[%6.3f s] %s%n", (System.nanoTime() - t0) / 1e9, line);
  }

}
