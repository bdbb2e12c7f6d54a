// Client overhead benchmark (not a test). Run with bench/client-overhead.sh, or:
//   java -cp examples/target/mec4j-examples.jar bench/ClientBench.java [calls] [rounds]
// One MEC platform (the real Mp1 HTTP binding, open mode) on loopback with three registered services. The same
// GET /mec_service_mgmt/v1/services is made `calls` times, one after another on one thread, through
// ServiceMgmtClient.getServices() and through raw OkHttp doing the same work by hand (build the request, execute,
// read the body, decode it into List<ServiceInfo> with the same MecJson mapper), after a warm-up of both; the two
// alternate for `rounds` rounds. Prints mean microseconds per call and the client's overhead over raw OkHttp.

import com.fasterxml.jackson.databind.ObjectReader;
import io.mec4j.client.RetryPolicy;
import io.mec4j.client.mp1.ServiceMgmtClient;
import io.mec4j.model.MecJson;
import io.mec4j.model.mp1.ServiceInfo;
import io.mec4j.platform.http.MecHttpServer;
import io.mec4j.platform.mep.MecPlatform;
import io.mec4j.platform.mep.Mp1HttpBinding;
import io.mec4j.platform.spi.Authorizer;
import io.mec4j.platform.spi.Caller;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

public class ClientBench {
  public static void main(String[] args) throws Exception {
    System.setProperty("org.jboss.logging.provider", "slf4j");
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int warmup = Math.min(calls, 50_000);
    try (MecPlatform platform = MecPlatform.builder().authorizer(Authorizer.open()).build();
        MecHttpServer server = Mp1HttpBinding.start(platform, MecHttpServer.builder().port(0))) {
      platform.provisionApp(io.mec4j.platform.mep.AppProvisioning.builder("bench-app", "bench-app").build());
      String example = service();
      for (String name : List.of("rnis", "location", "bandwidth-management")) {
        platform.registerService(Caller.platform(), "bench-app", MecJson.read(example.replace("@NAME@", name),
            ServiceInfo.class));
      }
      URI base = URI.create(server.baseUri() + MecPlatform.SERVICE_MGMT_PATH);
      String url = base + "/services";
      ObjectReader listReader = MecJson.mapper().readerFor(MecJson.mapper().getTypeFactory()
          .constructCollectionType(List.class, ServiceInfo.class));
      OkHttpClient raw = new OkHttpClient();
      try (ServiceMgmtClient client = ServiceMgmtClient.builder().baseUri(base).bearerToken("bench")
          .retryPolicy(RetryPolicy.defaults()).build()) {
        int expected = client.getServices().size();
        Runnable viaClient = () -> check(client.getServices().size(), expected);
        Runnable viaRaw = () -> {
          Request req = new Request.Builder().url(url).header("Authorization", "Bearer bench")
              .header("Accept", "application/json").build();
          try (Response r = raw.newCall(req).execute()) {
            if (r.code() != 200) {
              throw new IllegalStateException("status " + r.code());
            }
            List<ServiceInfo> list = listReader.readValue(r.body().bytes());
            check(list.size(), expected);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        };
        System.out.printf("JVM %s, %d services (%d bytes), %d calls per run, %d rounds, warm-up %d each%n",
            System.getProperty("java.version"), expected, MecJson.writeBytes(client.getServices()).length, calls,
            rounds, warmup);
        loop(viaRaw, warmup);
        loop(viaClient, warmup);
        List<Double> rawUs = new ArrayList<>();
        List<Double> clientUs = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
          double r = loop(viaRaw, calls);
          double c = loop(viaClient, calls);
          rawUs.add(r);
          clientUs.add(c);
          System.out.printf("round %d: raw OkHttp %.1f us/call, ServiceMgmtClient %.1f us/call, overhead %+.1f %%%n",
              round, r, c, (c / r - 1) * 100);
        }
        double r = rawUs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double c = clientUs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        System.out.printf("mean: raw OkHttp %.1f us/call, ServiceMgmtClient %.1f us/call, client overhead %+.1f %%%n",
            r, c, (c / r - 1) * 100);
      }
      raw.dispatcher().executorService().shutdown();
      raw.connectionPool().evictAll();
    }
  }

  private static void check(int got, int expected) {
    if (got != expected) {
      throw new IllegalStateException("expected " + expected + " services, got " + got);
    }
  }

  private static double loop(Runnable call, int n) {
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      call.run();
    }
    return (System.nanoTime() - start) / 1000.0 / n;
  }

  private static String service() {
    return """
        {"serName":"@NAME@","version":"2.2.1","state":"ACTIVE","serializer":"JSON",
         "serCategory":{"href":"https://catalogue.operator-a.example/categories/@NAME@","id":"cat-@NAME@",
           "name":"@NAME@","version":"v2"},
         "transportInfo":{"id":"tr-@NAME@","name":"REST","description":"REST API of @NAME@","type":"REST_HTTP",
           "protocol":"HTTP","version":"2.0","endpoint":{"uris":["https://mep1.operator-a.example/@NAME@/v2/"]},
           "security":{"oAuth2Info":{"grantTypes":["OAUTH2_CLIENT_CREDENTIALS"],
             "tokenEndpoint":"https://mep1.operator-a.example/oauth/token"}}},
         "scopeOfLocality":"MEC_HOST","consumedLocalOnly":true}
        """;
  }
}
