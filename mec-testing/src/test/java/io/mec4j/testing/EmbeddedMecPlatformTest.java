package io.mec4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddedMecPlatformTest {

  static {
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final String SERVICE = """
      {"serName":"%s","version":"1.0","state":"ACTIVE","serializer":"JSON","transportId":"mec4j-rest-http"}""";

  private final HttpClient http = HttpClient.newHttpClient();
  private HttpServer receiver;
  private final List<String> received = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/", ex -> {
      received.add(new String(ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  private String callback() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/notify";
  }

  private HttpResponse<String> call(String method, URI uri, AppCredentials app, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Authorization", app.authorizationHeader());
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void start_provisionApp_credentialsWorkOverHttp() throws Exception {
    long t0 = System.nanoTime();
    try (EmbeddedMecPlatform mec = EmbeddedMecPlatform.start()) {
      System.out.printf("[embedded] started in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
      AppCredentials app = mec.provisionApp("app-1");

      HttpResponse<String> created = call("POST", URI.create(app.serviceMgmtUri() + "/applications/app-1/services"),
          app, SERVICE.formatted("rnis"));

      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      assertThat(app.serviceMgmtUri().getHost()).isEqualTo("127.0.0.1");
      assertThat(app.toString()).doesNotContain(app.token());
      HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(app.serviceMgmtUri()
          + "/services")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(anonymous.statusCode()).isEqualTo(401);
    }
  }

  @Test
  void openMode_acceptsUnknownAppsWithoutToken() throws Exception {
    try (EmbeddedMecPlatform mec = EmbeddedMecPlatform.builder().open().start()) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(mec.serviceMgmtUri()
          + "/applications/whatever/services")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(SERVICE.formatted("x"))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
  }

  @Test
  void faults_failedCallbacksAreRetried_droppedOnesAreLost_stoppedSubscriberCatchesUp() throws Exception {
    try (EmbeddedMecPlatform mec = EmbeddedMecPlatform.start()) {
      AppCredentials producer = mec.provisionApp("producer");
      AppCredentials consumer = mec.provisionApp("consumer");
      HttpResponse<String> sub = call("POST", URI.create(consumer.serviceMgmtUri()
          + "/applications/consumer/subscriptions"), consumer, """
          {"subscriptionType":"SerAvailabilityNotificationSubscription","callbackReference":"%s"}"""
          .formatted(callback()));
      assertThat(sub.statusCode()).isEqualTo(201);
      URI services = URI.create(producer.serviceMgmtUri() + "/applications/producer/services");

      mec.faults().failNextCallbacks(3);
      call("POST", services, producer, SERVICE.formatted("one"));
      await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
      assertThat(mec.faults().failedCount()).isEqualTo(3);

      mec.faults().dropNextCallbacks(1);
      call("POST", services, producer, SERVICE.formatted("two"));
      await().atMost(Duration.ofSeconds(5)).until(() -> mec.faults().droppedCount() == 1);

      mec.faults().stopSubscriber(callback());
      call("POST", services, producer, SERVICE.formatted("three"));
      call("POST", services, producer, SERVICE.formatted("four"));
      await().atMost(Duration.ofSeconds(5)).until(() -> mec.faults().failedCount() > 4);
      assertThat(received).hasSize(1);
      mec.faults().resumeSubscriber(callback());

      await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 3);
      assertThat(received.get(0)).contains("\"one\"");
      assertThat(received.get(1)).contains("\"three\"");
      assertThat(received.get(2)).contains("\"four\"");
    }
  }

  @Test
  void delayCallbacks_delaysDelivery() throws Exception {
    try (EmbeddedMecPlatform mec = EmbeddedMecPlatform.start()) {
      AppCredentials app = mec.provisionApp("solo");
      call("POST", URI.create(app.serviceMgmtUri() + "/applications/solo/subscriptions"), app, """
          {"subscriptionType":"SerAvailabilityNotificationSubscription","callbackReference":"%s"}"""
          .formatted(callback()));
      mec.faults().delayCallbacks(Duration.ofMillis(400));
      call("POST", URI.create(app.serviceMgmtUri() + "/applications/solo/services"), app, SERVICE.formatted("late"));

      assertThat(received).isEmpty();
      await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);
    }
  }
}
