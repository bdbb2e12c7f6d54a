package io.mec4j.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.mec4j.client.lcm.AppPkgMgmtClient;
import io.mec4j.model.MecJson;
import io.mec4j.model.lcm.AppD;
import io.mec4j.model.lcm.AppInstanceInfo;
import io.mec4j.model.lcm.AppPkgInfo;
import io.mec4j.model.lcm.CreateAppInstanceRequest;
import io.mec4j.model.lcm.CreateAppPkg;
import io.mec4j.model.lcm.InstantiateAppRequest;
import io.mec4j.model.lcm.OnboardingState;
import io.mec4j.model.lcm.OperationState;
import io.mec4j.model.lcm.StopType;
import io.mec4j.model.lcm.TerminateAppRequest;
import io.mec4j.model.mp1.ServiceInfo;
import io.mec4j.platform.meo.LcmOpOccurrence;
import io.mec4j.platform.meo.MecOrchestrator;
import io.mec4j.platform.meo.PlacementHints;
import io.mec4j.platform.meo.pkg.AppPackageBuilder;
import io.mec4j.platform.mep.ServiceQuery;
import io.mec4j.platform.spi.Caller;
import io.mec4j.platform.spi.GeoPoint;
import io.mec4j.platform.spi.HostId;
import io.mec4j.platform.spi.HostLocation;
import io.mec4j.platform.spi.MecHost;
import io.mec4j.platform.spi.ProcessVim;
import io.mec4j.platform.spi.Resources;
import io.mec4j.testing.EmbeddedMecPlatform;
import io.mec4j.testing.EmbeddedMecSystem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The orchestrator chapter of the story: operator A's MEC system with two edge hosts (Paris, Lyon). A vendor's
 * package holding {@link EdgeCounterApp} is onboarded over HTTP, instantiated on the host next to its user, used,
 * then relocated when the user moves, its count and its DNS name following it.
 */
final class OrchestratorChapter {

  private static final String APPD = """
      {"appDId":"appd-edge-counter","appName":"edge-counter","appProvider":"Vistaview","appSoftVersion":"1.0",
       "appDVersion":"1.0","mecVersion":"3.1.1","appDescription":"Counts for its user, and keeps counting when moved",
       "virtualComputeDescriptor":{"virtualComputeDescId":"vcd-1","virtualMemory":{"virtualMemSize":256},
         "virtualCpu":{"numVirtualCpu":1}},
       "swImageDescriptor":[{"id":"img-1","name":"edge-counter","version":"1.0","containerFormat":"BARE",
         "swImage":"Artifacts/edge-counter.jar"}],
       "appExtCpd":[{"cpdId":"cp-1","layerProtocol":["IPV4"]}],
       "appDNSRule":[{"dnsRuleId":"dns-counter","domainName":"counter.operator-a.example","ipAddressType":"IP_V4",
         "ipAddress":"10.10.0.9","ttl":30}]}""";

  private final Consumer<String> say;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  OrchestratorChapter(Consumer<String> say) {
    this.say = say;
  }

  void tell() {
    Path dir;
    try {
      dir = Files.createTempDirectory("mec4j-story");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (ProcessVim vim = ProcessVim.builder().workDir(dir.resolve("vim")).build();
         EmbeddedMecSystem mec = EmbeddedMecSystem.builder()
             .host(MecHost.builder("edge-paris").location(HostLocation.of("paris", GeoPoint.of(48.85, 2.35)))
                 .capacity(Resources.of(8, 16_384, 200)).build())
             .host(MecHost.builder("edge-lyon").location(HostLocation.of("lyon", GeoPoint.of(45.76, 4.83)))
                 .capacity(Resources.of(8, 16_384, 200)).build())
             .vim(vim).start();
         AppPkgMgmtClient pkgm = AppPkgMgmtClient.builder().baseUri(mec.pkgmUri())
             .bearerToken(mec.operatorToken()).build()) {
      say.accept("Operator A's orchestrator is up at " + mec.baseUri() + " with edge hosts "
          + mec.hosts().keySet() + ", each with its own MEC platform");

      byte[] zip = AppPackageBuilder.forAppD(MecJson.read(APPD, AppD.class))
          .addFile("Artifacts/edge-counter.jar", appJar()).build();
      AppPkgInfo created = pkgm.createAppPkg(CreateAppPkg.builder().appPkgName("edge-counter").appPkgVersion("1.0")
          .checksum(AppPackageBuilder.checksumOf(zip)).appPkgPath("https://vendor.example/edge-counter.zip").build());
      pkgm.uploadPackageContent(created.id(), zip);
      AppPkgInfo pkg = until(() -> pkgm.getAppPkg(created.id()),
          p -> p.onboardingState() != OnboardingState.UPLOADING && p.onboardingState() != OnboardingState.PROCESSING);
      if (pkg.onboardingState() != OnboardingState.ONBOARDED) {
        throw new AssertionError("onboarding failed: " + MecJson.write(pkg));
      }
      say.accept("Vistaview's package was onboarded over Mm1 (" + zip.length + " bytes; manifest digests checked): "
          + pkg.appDId() + " is " + pkg.operationalState());

      MecOrchestrator meo = mec.orchestrator();
      AppInstanceInfo app = meo.createAppInstance(CreateAppInstanceRequest.builder().appDId("appd-edge-counter")
          .appInstanceName("counter-for-ue-17").build());
      LcmOpOccurrence op = meo.awaitOperation(meo.instantiate(app.id(), InstantiateAppRequest.builder().build(),
          PlacementHints.near(GeoPoint.of(48.86, 2.34))).id()).join();
      expectCompleted(op);
      HostId first = meo.hostOf(app.id()).orElseThrow();
      say.accept("The user is in Paris: " + app.id() + " was placed on " + first + ", started as an OS process by the"
          + " process VIM, registered 'edge-counter' over Mp1 and confirmed ready");

      URI counter = endpoint(mec.host(first.value()));
      for (int i = 0; i < 3; i++) {
        post(counter.resolve("counter/increment"));
      }
      say.accept("The user counted to " + count(counter) + " on " + counter + "; DNS "
          + "counter.operator-a.example is answered by " + dnsHost(mec, app.id()));

      AppInstanceInfo moved = meo.relocate(app.id(), HostId.of("edge-lyon")).join();
      HostId second = meo.hostOf(moved.id()).orElseThrow();
      URI counter2 = endpoint(mec.host(second.value()));
      say.accept("The user moved to Lyon: the orchestrator relocated the app to " + second + " as " + moved.id()
          + "; the app handed over its state (MEC 021) and the count there is " + count(counter2)
          + "; DNS is now answered by " + dnsHost(mec, moved.id()));

      expectCompleted(meo.awaitOperation(meo.terminate(moved.id(), new TerminateAppRequest(StopType.GRACEFUL, 10))
          .id()).join());
      meo.deleteAppInstance(moved.id());
      say.accept("Terminated gracefully (the app confirmed over Mp1) and deleted; instances left: "
          + meo.appInstances().size());
    } finally {
      deleteQuietly(dir);
    }
  }

  /** A runnable jar of {@link EdgeCounterApp}, as the vendor would ship it in the package. */
  private static byte[] appJar() {
    String entry = EdgeCounterApp.class.getName().replace('.', '/') + ".class";
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, EdgeCounterApp.class.getName());
    try (InputStream cls = Objects.requireNonNull(EdgeCounterApp.class.getClassLoader().getResourceAsStream(entry));
         java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream()) {
      try (JarOutputStream jar = new JarOutputStream(bytes, mf)) {
        jar.putNextEntry(new JarEntry(entry));
        cls.transferTo(jar);
        jar.closeEntry();
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void expectCompleted(LcmOpOccurrence op) {
    if (op.state() != OperationState.COMPLETED) {
      throw new AssertionError(op.operation() + " ended " + op.state() + ": " + op.error());
    }
  }

  private static URI endpoint(EmbeddedMecPlatform host) {
    List<ServiceInfo> s = host.platform().services(Caller.platform(), ServiceQuery.bySerName("edge-counter"));
    if (s.isEmpty() || s.get(0).transportInfo() == null) {
      throw new AssertionError("edge-counter is not registered on " + host.baseUri());
    }
    List<String> uris = Objects.requireNonNull(Objects.requireNonNull(s.get(0).transportInfo()).endpoint().uris());
    String uri = uris.get(0);
    return URI.create(uri.endsWith("/") ? uri : uri + "/");
  }

  private static String dnsHost(EmbeddedMecSystem mec, String appInstanceId) {
    return mec.hosts().entrySet().stream()
        .filter(e -> e.getValue().dns().activeRule(appInstanceId, "dns-counter").isPresent())
        .map(e -> e.getKey().value()).findFirst().orElse("nobody");
  }

  private long count(URI counter) {
    return MecJson.read(send(HttpRequest.newBuilder(counter.resolve("../counter")).GET()), JsonNode.class)
        .get("count").asLong();
  }

  private void post(URI uri) {
    send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()));
  }

  private String send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new AssertionError(r.uri() + " answered " + r.statusCode());
      }
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static <T> T until(java.util.function.Supplier<T> get, java.util.function.Predicate<T> done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    T v = get.get();
    while (!done.test(v)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up waiting; last: " + MecJson.write(v));
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      v = get.get();
    }
    return v;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp folder left behind is harmless
    }
  }
}
