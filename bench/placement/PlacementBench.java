// Placement and instantiation benchmark (not a test). Run with bench/placement/run.sh, or:
//   java -cp examples/target/mec4j-examples.jar bench/placement/PlacementBench.java APP_JAR [hosts] [requests] [starts]
//
// Part 1, host selection: HOSTS MEC hosts (random positions over western Europe, 8-64 vCPU, 100 zones, some MEC
// services and features) in the in-memory inventory; REQUESTS placement requests (random users, 1-4 vCPU, 30 % need
// the rnis service, 10 % a feature, half a 20 ms latency bound, 20 % a zone), each placed with the default policy and
// booked in the inventory. Prints p50/p99/max of the time per placement (policy + booking), after a discarded warm-up
// pass of the same size.
//
// Part 2, instantiate-to-ready: STARTS instantiations of a real application (APP_JAR, run as an OS process by the
// process VIM) through the orchestrator, one after the other: the time from instantiate() to the operation COMPLETED
// (host selected, granted, provisioned on the platform, process started, service registered and readiness confirmed
// over Mp1, rules activated).

import io.mec4j.model.MecJson;
import io.mec4j.model.lcm.AppD;
import io.mec4j.model.lcm.CreateAppInstanceRequest;
import io.mec4j.model.lcm.InstantiateAppRequest;
import io.mec4j.model.lcm.OperationalState;
import io.mec4j.model.lcm.StopType;
import io.mec4j.model.lcm.TerminateAppRequest;
import io.mec4j.platform.http.MecHttpServer;
import io.mec4j.platform.meo.LcmOpOccurrence;
import io.mec4j.platform.meo.MecOrchestrator;
import io.mec4j.platform.meo.OnboardedPackage;
import io.mec4j.platform.meo.PackageCatalog;
import io.mec4j.platform.meo.PlacementHints;
import io.mec4j.platform.mep.MecPlatform;
import io.mec4j.platform.mep.Mp1HttpBinding;
import io.mec4j.platform.spi.DefaultPlacementPolicy;
import io.mec4j.platform.spi.GeoPoint;
import io.mec4j.platform.spi.HostLocation;
import io.mec4j.platform.spi.HostStatus;
import io.mec4j.platform.spi.InMemoryHostInventory;
import io.mec4j.platform.spi.MecHost;
import io.mec4j.platform.spi.PlacementException;
import io.mec4j.platform.spi.PlacementRequest;
import io.mec4j.platform.spi.ProcessVim;
import io.mec4j.platform.spi.Resources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

public class PlacementBench {

  public static void main(String[] args) throws Exception {
    Path appJar = Path.of(args[0]);
    int hosts = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int requests = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    int starts = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    System.out.println("JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
        + ", " + Runtime.getRuntime().availableProcessors() + " CPUs");
    placement(hosts, requests);
    if (starts > 0) {
      instantiation(appJar, starts);
    }
  }

  // ------------------------------------------------------------------------------------------------ part 1

  static List<MecHost> hosts(int n, Random rnd) {
    List<MecHost> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double lat = 36 + rnd.nextDouble() * 18;
      double lon = -9 + rnd.nextDouble() * 24;
      MecHost.Builder b = MecHost.builder("host-" + i)
          .location(HostLocation.of("zone-" + (i % 100), GeoPoint.of(lat, lon)).withCells("cell-" + i))
          .capacity(Resources.of(8 << rnd.nextInt(4), 16_384L << rnd.nextInt(3), 500))
          .accessLatencyMs(2 + rnd.nextInt(6));
      if (rnd.nextInt(10) < 6) {
        b.service("rnis");
      }
      if (rnd.nextInt(10) < 3) {
        b.feature("UEIdentity", "1.0");
      }
      out.add(b.build());
    }
    return out;
  }

  static List<PlacementRequest> requests(int n, Random rnd) {
    List<PlacementRequest> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PlacementRequest.Builder b = PlacementRequest.builder("app-" + i)
          .resources(Resources.of(1 + rnd.nextInt(4), 512 * (1 + rnd.nextInt(8)), 1 + rnd.nextInt(10)))
          .uePosition(GeoPoint.of(36 + rnd.nextDouble() * 18, -9 + rnd.nextDouble() * 24));
      if (rnd.nextInt(10) < 3) {
        b.requireService("rnis");
      }
      if (rnd.nextInt(10) < 1) {
        b.requireFeature("UEIdentity", "1.0");
      }
      if (rnd.nextBoolean()) {
        b.maxLatencyMs(20.0);
      }
      if (rnd.nextInt(10) < 2) {
        b.zoneId("zone-" + rnd.nextInt(100));
      }
      out.add(b.build());
    }
    return out;
  }

  static void placement(int hostCount, int requestCount) {
    Random rnd = new Random(20240611);
    List<MecHost> hosts = hosts(hostCount, rnd);
    List<PlacementRequest> requests = requests(requestCount, rnd);
    DefaultPlacementPolicy policy = new DefaultPlacementPolicy();
    long[] nanos = new long[requestCount];
    int rejected = 0;
    for (int pass = 0; pass < 2; pass++) {
      InMemoryHostInventory inventory = new InMemoryHostInventory(hosts);
      rejected = 0;
      for (int i = 0; i < requestCount; i++) {
        PlacementRequest r = requests.get(i);
        long t0 = System.nanoTime();
        try {
          HostStatus h = policy.place(r, inventory.hosts());
          inventory.allocate(h.id(), r.application(), r.resources());
        } catch (PlacementException e) {
          rejected++;
        }
        nanos[i] = System.nanoTime() - t0;
      }
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "Placement: %,d requests on %,d hosts (second pass, after a warm-up pass): "
        + "p50 %.3f ms, p99 %.3f ms, max %.3f ms, mean %.3f ms; %d could not be placed%n", requestCount, hostCount,
        pct(sorted, 50), pct(sorted, 99), sorted[sorted.length - 1] / 1e6,
        Arrays.stream(nanos).average().orElse(0) / 1e6, rejected);
  }

  static double pct(long[] sorted, double p) {
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  // ------------------------------------------------------------------------------------------------ part 2

  static void instantiation(Path appJar, int starts) throws Exception {
    Path pkgDir = Files.createTempDirectory("mec4j-bench-pkg");
    Files.copy(appJar, pkgDir.resolve("bench-app.jar"));
    AppD appD = MecJson.read("""
        {"appDId":"appd-bench","appName":"bench","appProvider":"mec4j","appSoftVersion":"1.0","appDVersion":"1.0",
         "mecVersion":"3.1.1","appDescription":"Benchmark application",
         "virtualComputeDescriptor":{"virtualComputeDescId":"vcd","virtualMemory":{"virtualMemSize":64},
           "virtualCpu":{"numVirtualCpu":1}},
         "swImageDescriptor":[{"id":"img","name":"bench","version":"1.0","containerFormat":"BARE",
           "swImage":"bench-app.jar"}],
         "appExtCpd":[{"cpdId":"cp","layerProtocol":["IPV4"]}],
         "appTrafficRule":[{"trafficRuleId":"tr","filterType":"FLOW","priority":1,
           "trafficFilter":[{"dstPort":["8080"]}],"action":"FORWARD_DECAPSULATED"}]}""", AppD.class);
    OnboardedPackage pkg = new OnboardedPackage("pkg-bench", appD, pkgDir, OperationalState.ENABLED);
    PackageCatalog catalog = new PackageCatalog() {
      public Optional<OnboardedPackage> findByPackageId(String id) {
        return id.equals(pkg.appPkgId()) ? Optional.of(pkg) : Optional.empty();
      }

      public Optional<OnboardedPackage> findByAppDId(String id) {
        return id.equals(pkg.appDId()) ? Optional.of(pkg) : Optional.empty();
      }

      public void markInUse(String id, boolean inUse) {}
    };
    ProcessVim vim = ProcessVim.builder().workDir(Files.createTempDirectory("mec4j-bench-vim")).build();
    List<MecPlatform> platforms = new ArrayList<>();
    List<MecHttpServer> servers = new ArrayList<>();
    MecOrchestrator.Builder mb = MecOrchestrator.builder().packageCatalog(catalog).vim(vim)
        .readyTimeout(Duration.ofSeconds(60));
    for (int i = 0; i < 2; i++) {
      MecPlatform p = MecPlatform.builder().build();
      servers.add(Mp1HttpBinding.start(p, MecHttpServer.builder()));
      platforms.add(p);
      mb.addHost(MecHost.builder("edge-" + i).location(HostLocation.of("z" + i, GeoPoint.of(48.8, 2.3 + i))).build(),
          p);
    }
    try (MecOrchestrator meo = mb.build()) {
      List<Long> ms = new ArrayList<>();
      for (int i = 0; i < starts + 1; i++) {
        String id = meo.createAppInstance(CreateAppInstanceRequest.builder().appDId("appd-bench").build()).id();
        long t0 = System.nanoTime();
        LcmOpOccurrence op = meo.instantiate(id, InstantiateAppRequest.builder().build(),
            PlacementHints.near(GeoPoint.of(48.8, 2.3)));
        LcmOpOccurrence done = meo.awaitOperation(op.id()).get(90, TimeUnit.SECONDS);
        long t = (System.nanoTime() - t0) / 1_000_000;
        if (done.state() != io.mec4j.model.lcm.OperationState.COMPLETED) {
          throw new IllegalStateException("instantiation failed: " + done.error());
        }
        if (i > 0) {
          ms.add(t); // the first one warms the orchestrator up and is not counted
        }
        LcmOpOccurrence term = meo.terminate(id, new TerminateAppRequest(StopType.FORCEFUL, null));
        meo.awaitOperation(term.id()).get(60, TimeUnit.SECONDS);
      }
      long[] sorted = ms.stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf(Locale.ROOT, "Instantiate-to-ready with the process VIM (a JVM application that registers a"
          + " service over Mp1 and confirms ready), %d instantiations: p50 %d ms, max %d ms, mean %.0f ms%n",
          sorted.length, sorted[(sorted.length - 1) / 2], sorted[sorted.length - 1],
          Arrays.stream(sorted).average().orElse(0));
    } finally {
      vim.close();
      servers.forEach(MecHttpServer::close);
      platforms.forEach(MecPlatform::close);
    }
  }
}
