// Notification fan-out benchmark (not a test). Run with bench/mp1-load.sh, or:
//   java -cp examples/target/mec4j-examples.jar bench/FanoutBench.java [subscribers] [rounds]
// One MEC platform on loopback, N service availability subscriptions (each its own subscriber queue and callback
// URI, all served by one receiving HTTP server), then repeated service registrations: for each, the time from the
// POST to the last of the N notifications received. Prints p50/p99/max over the measured rounds.

import com.sun.net.httpserver.HttpServer;
import io.mec4j.platform.http.MecHttpServer;
import io.mec4j.platform.mep.MecPlatform;
import io.mec4j.platform.mep.Mp1HttpBinding;
import io.mec4j.platform.spi.Authorizer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class FanoutBench {
  public static void main(String[] args) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    System.setProperty("org.jboss.logging.provider", "slf4j");
    int subscribers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int warmup = 5;
    ConcurrentHashMap<String, CountDownLatch> waiting = new ConcurrentHashMap<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
    receiver.setExecutor(Executors.newFixedThreadPool(16));
    receiver.createContext("/", ex -> {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      int i = body.indexOf("\"serName\":\"");
      String name = body.substring(i + 11, body.indexOf('"', i + 11));
      CountDownLatch l = waiting.get(name);
      if (l != null) {
        l.countDown();
      }
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    receiver.start();
    String cb = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/s/";
    try (MecPlatform platform = MecPlatform.builder().authorizer(Authorizer.open()).build();
         MecHttpServer server = Mp1HttpBinding.start(platform, MecHttpServer.builder())) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String base = server.baseUri() + MecPlatform.SERVICE_MGMT_PATH;
      for (int i = 0; i < subscribers; i++) {
        send(http, base + "/applications/consumer-" + i + "/subscriptions",
            "{\"subscriptionType\":\"SerAvailabilityNotificationSubscription\",\"callbackReference\":\"" + cb + i + "\"}");
      }
      List<Double> ms = new ArrayList<>();
      for (int r = 0; r < warmup + rounds; r++) {
        String name = "svc-" + r;
        CountDownLatch all = new CountDownLatch(subscribers);
        waiting.put(name, all);
        long t0 = System.nanoTime();
        send(http, base + "/applications/producer/services", "{\"serName\":\"" + name
            + "\",\"version\":\"1\",\"state\":\"ACTIVE\",\"serializer\":\"JSON\",\"transportId\":\"mec4j-rest-http\"}");
        if (!all.await(60, TimeUnit.SECONDS)) {
          throw new IllegalStateException("round " + r + ": " + all.getCount() + " notifications missing after 60 s");
        }
        double took = (System.nanoTime() - t0) / 1e6;
        if (r >= warmup) {
          ms.add(took);
        }
      }
      Collections.sort(ms);
      System.out.printf("fan-out to %d subscribers over %d registrations: p50 %.1f ms, p99 %.1f ms, max %.1f ms"
          + " (delivered %d, failed attempts %d)%n", subscribers, rounds, pct(ms, 50), pct(ms, 99),
          ms.get(ms.size() - 1), platform.notificationStats().delivered(), platform.notificationStats().failedAttempts());
    } finally {
      receiver.stop(0);
      System.exit(0);
    }
  }

  static double pct(List<Double> sorted, int p) {
    int idx = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(idx, sorted.size() - 1)));
  }

  static void send(HttpClient http, String uri, String json) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(uri)).header("Content-Type",
        "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201) {
      throw new IllegalStateException(uri + " -> " + r.statusCode() + " " + r.body());
    }
  }
}
