package io.mec4j.platform.meo;

import com.fasterxml.jackson.databind.JsonNode;
import io.mec4j.model.MecJson;
import io.mec4j.platform.http.MecHttpServer;
import io.mec4j.platform.mep.MecPlatform;
import io.mec4j.platform.mep.Mp1HttpBinding;
import io.mec4j.platform.notify.DeliveryPolicy;
import io.mec4j.platform.spi.AppEnvironment;
import io.mec4j.platform.spi.HostId;
import io.mec4j.platform.spi.InMemoryVim;
import io.mec4j.platform.spi.MecHost;
import io.mec4j.platform.spi.RecordingDataPlane;
import io.mec4j.platform.spi.RecordingDnsBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One orchestrator with its Mm1 binding and N MEC hosts, each with a real platform on its own loopback port, an
 * in-memory VIM whose workloads are played by this fixture over real Mp1 HTTP, and a raw HTTP client.
 */
final class MeoFixture implements AutoCloseable {

  static final String LCM = MecOrchestrator.LCM_PATH;
  static final String GRANTING = MecOrchestrator.GRANTING_PATH;

  /** How the simulated applications behave once started. */
  enum Behaviour {
    /** Do nothing: never confirm ready. */
    SILENT,
    /** Subscribe to termination notifications (and confirm them), then confirm ready. */
    COOPERATIVE
  }

  record Host(MecPlatform platform, MecHttpServer server, RecordingDataPlane dataPlane, RecordingDnsBackend dns) {}

  record Res(int status, Map<String, List<String>> headers, String body) {
    JsonNode json() {
      try {
        return MecJson.mapper().readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Nullable String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
          .map(e -> e.getValue().get(0)).orElse(null);
    }
  }

  final Map<HostId, Host> hosts = new LinkedHashMap<>();
  final InMemoryVim vim = new InMemoryVim();
  final TestCatalog catalog = new TestCatalog();
  final MecOrchestrator meo;
  final MecHttpServer server;
  final String token;
  final Receiver appCallbacks = new Receiver();
  final Path packageDir;
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  volatile Behaviour behaviour = Behaviour.COOPERATIVE;
  /** Environment of every started workload, by application instance id (latest start wins). */
  final Map<String, Map<String, String>> envs = new ConcurrentHashMap<>();

  MeoFixture(List<MecHost> mecHosts, UnaryOperator<MecOrchestrator.Builder> config) {
    this(mecHosts, null, config);
  }

  /** A fixture whose orchestrator uses {@code vimBackend} instead of the in-memory VIM (when not null). */
  MeoFixture(List<MecHost> mecHosts, io.mec4j.platform.spi.@Nullable VimBackend vimBackend,
      UnaryOperator<MecOrchestrator.Builder> config) {
    try {
      packageDir = Files.createTempDirectory("mec4j-meo-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DeliveryPolicy fast = new DeliveryPolicy(Duration.ofMillis(50), Duration.ofSeconds(1), 1000, Duration.ofMinutes(5));
    MecOrchestrator.Builder b = MecOrchestrator.builder().packageCatalog(catalog)
        .vim(vimBackend != null ? vimBackend : vim).deliveryPolicy(fast)
        .readyTimeout(Duration.ofSeconds(10)).gracefulTimeout(Duration.ofSeconds(5)).stopGrace(Duration.ofSeconds(2));
    for (MecHost h : mecHosts) {
      RecordingDataPlane dp = new RecordingDataPlane();
      RecordingDnsBackend dns = new RecordingDnsBackend();
      MecPlatform p = MecPlatform.builder().dataPlane(dp).dnsBackend(dns).deliveryPolicy(fast).build();
      MecHttpServer s = Mp1HttpBinding.start(p, MecHttpServer.builder().stopTimeout(Duration.ofMillis(100)));
      hosts.put(h.id(), new Host(p, s, dp, dns));
      b.addHost(h, p);
    }
    meo = config.apply(b).build();
    server = Mm1HttpBinding.start(meo, MecHttpServer.builder().stopTimeout(Duration.ofMillis(100)));
    token = meo.authorizer().issuePlatformToken();
    vim.onStart(w -> {
      String id = w.env().get(AppEnvironment.APP_INSTANCE_ID);
      envs.put(id, w.env());
      if (behaviour == Behaviour.COOPERATIVE) {
        CompletableFuture.runAsync(() -> {
          subscribeTermination(id);
          confirmReady(id);
        });
      }
    });
    appCallbacks.onReceive(n -> {
      if ("AppTerminationNotification".equals(n.path("notificationType").asText())) {
        String href = n.path("_links").path("confirmTermination").path("href").asText();
        String id = href.replaceAll(".*/applications/([^/]+)/confirm_termination$", "$1");
        appCall("POST", URI.create(href), id, "{\"operationAction\":\"" + n.path("operationAction").asText()
            + "\"}");
      }
    });
  }

  static MecHost host(String id) {
    return MecHost.builder(id).build();
  }

  Host host(HostId id) {
    return hosts.get(id);
  }

  // ---------------------------------------------------------------------------------------------- the app, over Mp1

  Map<String, String> env(String appInstanceId) {
    Map<String, String> e = envs.get(appInstanceId);
    if (e == null) {
      throw new IllegalStateException("No workload of " + appInstanceId + " was started");
    }
    return e;
  }

  Res appCall(String method, URI uri, String appInstanceId, @Nullable String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + env(appInstanceId).get(AppEnvironment.APP_TOKEN));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return exchange(b.build());
  }

  Res confirmReady(String appInstanceId) {
    return appCall("POST", URI.create(env(appInstanceId).get(AppEnvironment.APP_SUPPORT_URI) + "/applications/"
        + appInstanceId + "/confirm_ready"), appInstanceId, "{\"indication\":\"READY\"}");
  }

  Res subscribeTermination(String appInstanceId) {
    return appCall("POST", URI.create(env(appInstanceId).get(AppEnvironment.APP_SUPPORT_URI) + "/applications/"
        + appInstanceId + "/subscriptions"), appInstanceId, """
        {"subscriptionType":"AppTerminationNotificationSubscription","callbackReference":"%s",
         "appInstanceId":"%s"}""".formatted(appCallbacks.uri("/apps/" + appInstanceId + "/termination"),
        appInstanceId));
  }

  Res registerService(String appInstanceId, String serName) {
    return appCall("POST", URI.create(env(appInstanceId).get(AppEnvironment.SERVICE_MGMT_URI) + "/applications/"
        + appInstanceId + "/services"), appInstanceId, """
        {"serName":"%s","version":"1.0","state":"ACTIVE","serializer":"JSON",
         "transportInfo":{"id":"tr","name":"REST","type":"REST_HTTP","protocol":"HTTP","version":"1.1",
           "endpoint":{"uris":["http://127.0.0.1:9/%s"]},"security":{}}}""".formatted(serName, serName));
  }

  // ---------------------------------------------------------------------------------------------- Mm1 client

  Res send(String method, String path, @Nullable String token, @Nullable String body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
        .timeout(Duration.ofSeconds(10));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    boolean hasType = false;
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
      hasType |= headers[i].equalsIgnoreCase("content-type");
    }
    if (body != null && !hasType) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return exchange(b.build());
  }

  private Res exchange(HttpRequest req) {
    try {
      HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
      return new Res(r.statusCode(), r.headers().map(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Res get(String path) {
    return send("GET", path, token, null);
  }

  Res post(String path, String body) {
    return send("POST", path, token, body);
  }

  Res delete(String path) {
    return send("DELETE", path, token, null);
  }

  /** Creates an instance of an AppD over HTTP and returns its id. */
  String create(String appDId) {
    Res r = post(LCM + "/app_instances", "{\"appDId\":\"" + appDId + "\",\"appInstanceName\":\"counter-1\"}");
    if (r.status() != 201) {
      throw new AssertionError("create: " + r.status() + " " + r.body());
    }
    return r.json().get("id").asText();
  }

  /** Starts an operation over HTTP and returns the op occurrence id from its Location. */
  String task(String appInstanceId, String task, String body) {
    Res r = post(LCM + "/app_instances/" + appInstanceId + "/" + task, body);
    if (r.status() != 202) {
      throw new AssertionError(task + ": " + r.status() + " " + r.body());
    }
    String location = r.header("Location");
    return location.substring(location.lastIndexOf('/') + 1);
  }

  JsonNode op(String opId) {
    return get(LCM + "/app_lcm_op_occs/" + opId).json();
  }

  JsonNode instance(String appInstanceId) {
    return get(LCM + "/app_instances/" + appInstanceId).json();
  }

  @Override
  public void close() {
    server.close();
    meo.close();
    vim.close();
    for (Host h : hosts.values()) {
      h.server().close();
      h.platform().close();
    }
    appCallbacks.close();
  }
}
