package io.mec4j.platform.mep;

import static io.mec4j.platform.mep.Mp1Server.SM;
import static io.mec4j.platform.mep.Mp1Server.serviceJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mec4j.platform.mep.Mp1Server.Res;
import io.mec4j.platform.notify.DeliveryPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Service availability subscriptions and their at-least-once, ordered notifications. */
class SubscriptionsIT {

  private Mp1Server s;
  private CallbackReceiver receiver;
  private String tokenA;
  private String tokenB;

  @BeforeEach
  void start() {
    s = new Mp1Server(b -> b.deliveryPolicy(
        new DeliveryPolicy(Duration.ofMillis(20), Duration.ofMillis(200), 1000, Duration.ofHours(1))));
    s.platform.provisionApp(AppProvisioning.builder("app-a", "producer").build());
    s.platform.provisionApp(AppProvisioning.builder("app-b", "consumer").build());
    tokenA = s.platform.issueToken("app-a");
    tokenB = s.platform.issueToken("app-b");
    receiver = new CallbackReceiver();
  }

  @AfterEach
  void stop() {
    receiver.close();
    s.close();
  }

  private Res subscribe(String filter) {
    String body = """
        {"subscriptionType":"SerAvailabilityNotificationSubscription","callbackReference":"%s"%s}"""
        .formatted(receiver.uri("/notify/b"), filter == null ? "" : ",\"filteringCriteria\":" + filter);
    return s.post(SM + "/applications/app-b/subscriptions", tokenB, body);
  }

  @Test
  void subscribe_createListGetDelete() {
    Res created = subscribe(null);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String self = created.json().at("/_links/self/href").asText();
    assertThat(created.header("Location")).isEqualTo(self);
    String path = self.substring(s.server.baseUri().toString().length());

    JsonNode list = s.get(SM + "/applications/app-b/subscriptions", tokenB).json();
    assertThat(list.at("/_links/subscriptions/0/href").asText()).isEqualTo(self);
    assertThat(list.at("/_links/subscriptions/0/subscriptionType").asText())
        .isEqualTo("SerAvailabilityNotificationSubscription");
    assertThat(s.get(path, tokenB).json().get("callbackReference").asText()).isEqualTo(receiver.uri("/notify/b"));
    assertThat(s.delete(path, tokenB).status()).isEqualTo(204);
    assertThat(s.get(path, tokenB).status()).isEqualTo(404);
  }

  @Test
  void subscribe_badBodies_return400() {
    assertThat(s.post(SM + "/applications/app-b/subscriptions", tokenB,
        "{\"subscriptionType\":\"Other\",\"callbackReference\":\"http://127.0.0.1:1/x\"}").status()).isEqualTo(400);
    assertThat(s.post(SM + "/applications/app-b/subscriptions", tokenB,
        "{\"subscriptionType\":\"SerAvailabilityNotificationSubscription\",\"callbackReference\":\"not a uri\"}")
        .status()).isEqualTo(400);
    assertThat(subscribe("{\"serNames\":[\"a\"],\"serInstanceIds\":[\"b\"]}").status()).isEqualTo(400);
  }

  @Test
  void notifications_coverAddedStateAttributesRemoved_inOrder() {
    assertThat(subscribe(null).status()).isEqualTo(201);
    JsonNode created = s.post(SM + "/applications/app-a/services", tokenA, serviceJson("rnis")).json();
    String id = created.get("serInstanceId").asText();
    ObjectNode suspended = created.deepCopy();
    suspended.put("state", "SUSPENDED");
    s.put(SM + "/applications/app-a/services/" + id, tokenA, suspended.toString());
    ObjectNode newVersion = suspended.deepCopy();
    newVersion.put("version", "9");
    s.put(SM + "/applications/app-a/services/" + id, tokenA, newVersion.toString());
    s.delete(SM + "/applications/app-a/services/" + id, tokenA);

    await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 4);
    List<JsonNode> got = receiver.received();
    assertThat(got).extracting(n -> n.at("/serviceReferences/0/changeType").asText())
        .containsExactly("ADDED", "STATE_CHANGED", "ATTRIBUTES_CHANGED", "REMOVED");
    JsonNode first = got.get(0);
    assertThat(first.get("notificationType").asText()).isEqualTo("SerAvailabilityNotification");
    assertThat(first.at("/serviceReferences/0/serInstanceId").asText()).isEqualTo(id);
    assertThat(first.at("/serviceReferences/0/link/href").asText()).endsWith("/services/" + id);
    assertThat(first.at("/_links/subscription/href").asText()).contains("/applications/app-b/subscriptions/");
    assertThat(got.get(3).at("/serviceReferences/0/link").isMissingNode()).isTrue();
  }

  @Test
  void notifications_respectFilteringCriteria() {
    assertThat(subscribe("{\"serNames\":[\"location\"]}").status()).isEqualTo(201);
    s.post(SM + "/applications/app-a/services", tokenA, serviceJson("rnis"));
    s.post(SM + "/applications/app-a/services", tokenA, serviceJson("location"));

    await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 1);
    assertThat(receiver.received().get(0).at("/serviceReferences/0/serName").asText()).isEqualTo("location");
  }

  @Test
  void atLeastOnce_receiverFailsThenRecovers_getsEveryNotificationInOrder() {
    assertThat(subscribe(null).status()).isEqualTo(201);
    receiver.failNext(7);
    List<String> names = List.of("s1", "s2", "s3", "s4", "s5");
    for (String n : names) {
      assertThat(s.post(SM + "/applications/app-a/services", tokenA, serviceJson(n)).status()).isEqualTo(201);
    }

    await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == names.size());
    assertThat(receiver.received()).extracting(n -> n.at("/serviceReferences/0/serName").asText())
        .containsExactlyElementsOf(names);
    assertThat(receiver.attempts()).isEqualTo(names.size() + 7);
    assertThat(s.platform.notificationStats().failedAttempts()).isEqualTo(7);
    assertThat(s.platform.notificationStats().pending()).isZero();
  }

  @Test
  void atLeastOnce_receiverDownEntirely_thenUp_getsEverything() throws Exception {
    // subscribe a callback on a port nobody listens on yet: deliveries fail with connection refused
    int port;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    String body = """
        {"subscriptionType":"SerAvailabilityNotificationSubscription","callbackReference":"http://127.0.0.1:%d/n"}"""
        .formatted(port);
    assertThat(s.post(SM + "/applications/app-b/subscriptions", tokenB, body).status()).isEqualTo(201);
    s.post(SM + "/applications/app-a/services", tokenA, serviceJson("one"));
    s.post(SM + "/applications/app-a/services", tokenA, serviceJson("two"));
    await().atMost(Duration.ofSeconds(10)).until(() -> s.platform.notificationStats().failedAttempts() >= 3);

    com.sun.net.httpserver.HttpServer late = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 0);
    List<String> got = new java.util.concurrent.CopyOnWriteArrayList<>();
    late.createContext("/", ex -> {
      got.add(io.mec4j.model.MecJson.mapper().readTree(ex.getRequestBody().readAllBytes())
          .at("/serviceReferences/0/serName").asText());
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    late.start();
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> got.size() == 2);
      assertThat(got).containsExactly("one", "two");
    } finally {
      late.stop(0);
    }
  }
}
