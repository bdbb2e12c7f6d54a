package io.mec4j.platform.meo;

import static io.mec4j.platform.meo.MeoFixture.LCM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.mec4j.model.MecJson;
import io.mec4j.model.lcm.AppInstanceInfo;
import io.mec4j.model.lcm.CreateAppInstanceRequest;
import io.mec4j.model.lcm.InstantiateAppRequest;
import io.mec4j.model.mp1.ServiceInfo;
import io.mec4j.platform.mep.ServiceQuery;
import io.mec4j.platform.spi.Caller;
import io.mec4j.platform.spi.GeoPoint;
import io.mec4j.platform.spi.HostId;
import io.mec4j.platform.spi.HostLocation;
import io.mec4j.platform.spi.MecHost;
import io.mec4j.platform.spi.ProcessVim;
import io.mec4j.platform.spi.VimInstance;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The process VIM with a real application ({@link CounterApp}) running as an OS process: Mp1 registration and
 * readiness, graceful termination, crash detection, and relocation that keeps the application's state.
 */
class ProcessVimIT {

  static final HostId PARIS = HostId.of("edge-paris");
  static final HostId LYON = HostId.of("edge-lyon");

  private ProcessVim vim;
  private MeoFixture f;
  private Receiver subscriber;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    vim = ProcessVim.builder().workDir(Files.createTempDirectory("mec4j-process-vim-it")).build();
    f = new MeoFixture(List.of(
        MecHost.builder("edge-paris").location(HostLocation.of("paris", GeoPoint.of(48.85, 2.35))).build(),
        MecHost.builder("edge-lyon").location(HostLocation.of("lyon", GeoPoint.of(45.76, 4.83))).build()),
        vim, b -> b.readyTimeout(Duration.ofSeconds(60)).stateTransferTimeout(Duration.ofSeconds(5)));
    TestJars.runnableJar(CounterApp.class, f.packageDir.resolve("counter-app.jar"));
    Files.copy(f.packageDir.resolve("counter-app.jar"), f.packageDir.resolve("no-transfer-counter-app.jar"));
    f.catalog.add(TestCatalog.appD("appd-counter", ""), f.packageDir);
    f.catalog.add(TestCatalog.appD("appd-stubborn", "").replace("\"counter-app.jar\"",
        "\"no-transfer-counter-app.jar\""), f.packageDir);
    subscriber = new Receiver();
    f.post(LCM + "/subscriptions", "{\"subscriptionType\":\"AppInstanceStateChangeSubscription\",\"callbackUri\":\""
        + subscriber.uri("/lcm") + "\"}");
  }

  @AfterEach
  void stop() {
    subscriber.close();
    f.close();
    vim.close();
  }

  private String instantiateNear(String appDId, GeoPoint where) throws Exception {
    AppInstanceInfo i = f.meo.createAppInstance(CreateAppInstanceRequest.builder().appDId(appDId).build());
    LcmOpOccurrence op = f.meo.instantiate(i.id(), InstantiateAppRequest.builder().build(),
        PlacementHints.near(where));
    LcmOpOccurrence done = f.meo.awaitOperation(op.id()).get(90, TimeUnit.SECONDS);
    assertThat(done.state()).as(String.valueOf(done.error())).hasToString("COMPLETED");
    return i.id();
  }

  private URI endpoint(String appInstanceId) {
    HostId host = f.meo.hostOf(appInstanceId).orElseThrow();
    List<ServiceInfo> services = f.host(host).platform().appServices(Caller.platform(), appInstanceId,
        ServiceQuery.ALL);
    assertThat(services).extracting(ServiceInfo::serName).containsExactly("counter");
    return URI.create(services.get(0).transportInfo().endpoint().uris().get(0));
  }

  private long call(URI endpoint, String method, String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(endpoint.resolve(path))
        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    return MecJson.mapper().readTree(r.body()).get("count").asLong();
  }

  private VimInstance workload(String appInstanceId) {
    return vim.inspect(f.meo.vimInstanceOf(appInstanceId).orElseThrow()).orElseThrow();
  }

  @Test
  void realProcess_registersOverMp1_confirmsReady_andTerminatesGracefully() throws Exception {
    String id = instantiateNear("appd-counter", GeoPoint.of(48.8, 2.3));

    assertThat(f.meo.hostOf(id)).contains(PARIS);
    URI endpoint = endpoint(id);
    assertThat(call(endpoint, "POST", "/counter/increment")).isEqualTo(1);
    JsonNode inst = f.instance(id);
    assertThat(inst.path("communicationInterface").path("ipAddresses").get(0).get("port").asInt())
        .isEqualTo(endpoint.getPort());
    VimInstance w = workload(id);
    assertThat(w.status()).isEqualTo(VimInstance.Status.RUNNING);
    long pid = Long.parseLong(w.attributes().get("pid"));
    assertThat(ProcessHandle.of(pid)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
    assertThat(f.host(PARIS).dataPlane().activeRule(id, "tr-1")).isPresent();

    String opId = f.task(id, "terminate", "{\"terminationType\":\"GRACEFUL\",\"gracefulTerminationTimeout\":20}");
    await().atMost(Duration.ofSeconds(30)).until(() -> f.op(opId).get("operationState").asText().equals("COMPLETED"));

    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    assertThat(Files.readString(Path.of(w.attributes().get("log")))).contains("termination notification: TERMINATING");
    assertThat(f.host(PARIS).platform().findApp(id)).isEmpty();
  }

  @Test
  void crash_ofTheProcess_isDetected() throws Exception {
    String id = instantiateNear("appd-counter", GeoPoint.of(45.7, 4.8));
    URI endpoint = endpoint(id);

    http.send(HttpRequest.newBuilder(endpoint.resolve("/crash")).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.discarding());

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(subscriber.about(
        "AppInstanceStateChangeSubscription", id)).extracting(n -> n.get("appInstanceState").asText())
        .containsExactly("STARTED", "STOPPED"));
    assertThat(f.instance(id).path("instantiatedAppState").path("operationalState").asText()).isEqualTo("STOPPED");
    VimInstance w = workload(id);
    assertThat(w.status()).isEqualTo(VimInstance.Status.FAILED);
    assertThat(w.exitCode()).isEqualTo(3);
    assertThat(w.detail()).contains("exited with code 3", "crashing on request");
    assertThat(f.host(LYON).platform().services(Caller.platform(), ServiceQuery.ALL)).isEmpty();
  }

  @Test
  void relocation_movesTheAppWithItsState() throws Exception {
    String id = instantiateNear("appd-counter", GeoPoint.of(48.8, 2.3));
    URI before = endpoint(id);
    for (int i = 0; i < 3; i++) {
      call(before, "POST", "/counter/increment");
    }
    long sourcePid = Long.parseLong(workload(id).attributes().get("pid"));

    AppInstanceInfo moved = f.meo.relocate(id, LYON).get(120, TimeUnit.SECONDS);

    assertThat(moved.id()).isNotEqualTo(id);
    assertThat(f.meo.hostOf(moved.id())).contains(LYON);
    URI after = endpoint(moved.id());
    assertThat(after.getPort()).isNotEqualTo(before.getPort());
    assertThat(call(after, "GET", "/counter")).isEqualTo(3);
    assertThat(call(after, "POST", "/counter/increment")).isEqualTo(4);
    // the traffic and DNS rules moved with it, the source is gone
    assertThat(f.host(LYON).dataPlane().activeRule(moved.id(), "tr-1")).isPresent();
    assertThat(f.host(LYON).dns().activeRule(moved.id(), "dns-1")).isPresent();
    assertThat(f.host(PARIS).dataPlane().activeRule(id, "tr-1")).isEmpty();
    assertThat(f.host(PARIS).dns().activeRule(id, "dns-1")).isEmpty();
    assertThat(ProcessHandle.of(sourcePid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    assertThat(f.get(LCM + "/app_instances/" + id).status()).isEqualTo(404);
    assertThat(f.meo.opOccurrences()).extracting(o -> o.operation() + " " + o.state())
        .contains("INSTANTIATE COMPLETED", "TERMINATE COMPLETED");
  }

  @Test
  void relocation_withoutStateTransfer_leavesTheSourceRunning() throws Exception {
    String id = instantiateNear("appd-stubborn", GeoPoint.of(48.8, 2.3));
    URI endpoint = endpoint(id);
    call(endpoint, "POST", "/counter/increment");
    call(endpoint, "POST", "/counter/increment");

    assertThatThrownBy(() -> f.meo.relocate(id, LYON).get(120, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(RelocationException.class)
        .hasMessageContaining("did not report its user context transferred")
        .hasMessageContaining("the source instance keeps running");

    assertThat(f.meo.hostOf(id)).contains(PARIS);
    assertThat(workload(id).status()).isEqualTo(VimInstance.Status.RUNNING);
    assertThat(call(endpoint, "GET", "/counter")).isEqualTo(2);
    assertThat(f.host(PARIS).dataPlane().activeRule(id, "tr-1")).isPresent();
    assertThat(f.meo.appInstances()).extracting(AppInstanceInfo::id).containsExactly(id);
    assertThat(f.host(LYON).platform().apps()).isEmpty();
    await().atMost(Duration.ofSeconds(20)).until(() -> vim.inspect("proc-2")
        .map(v -> v.status() != VimInstance.Status.RUNNING).orElse(true));
  }
}
