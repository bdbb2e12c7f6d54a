package io.mec4j.testing;

import io.mec4j.model.mp1.AppReadyConfirmation;
import io.mec4j.platform.http.MecHttpServer;
import io.mec4j.platform.meo.MecOrchestrator;
import io.mec4j.platform.meo.Mm1HttpBinding;
import io.mec4j.platform.meo.PackageCatalog;
import io.mec4j.platform.meo.pkg.AppPackageManager;
import io.mec4j.platform.meo.pkg.AppPkgMgmtHttpBinding;
import io.mec4j.platform.spi.HmacTokenAuthorizer;
import io.mec4j.platform.notify.DeliveryPolicy;
import io.mec4j.platform.spi.AppEnvironment;
import io.mec4j.platform.spi.Authorizer;
import io.mec4j.platform.spi.Caller;
import io.mec4j.platform.spi.GeoPoint;
import io.mec4j.platform.spi.HostId;
import io.mec4j.platform.spi.HostLocation;
import io.mec4j.platform.spi.InMemoryVim;
import io.mec4j.platform.spi.MecHost;
import io.mec4j.platform.spi.VimBackend;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A whole MEC system on loopback for tests: one MEC orchestrator (Mm1 application LCM, granting and the mobility
 * service on its own port) and N MEC hosts, each with a real MEC platform ({@link EmbeddedMecPlatform}, Mp1 on its
 * own port, recording data plane and DNS).
 *
 * <p>Application workloads run in the configured {@link VimBackend}. With the default {@link InMemoryVim} nothing
 * runs, so by default the system plays each started application's part and confirms its readiness over the
 * platform's Java API ({@link Builder#simulateApps(boolean)}); with a {@link io.mec4j.platform.spi.ProcessVim} the
 * real applications do it themselves.
 *
 * <pre>{@code
 * try (EmbeddedMecSystem mec = EmbeddedMecSystem.builder()
 *     .packageCatalog(packages)
 *     .host(MecHost.builder("edge-paris").location(HostLocation.of("paris", GeoPoint.of(48.85, 2.35))).build())
 *     .host(MecHost.builder("edge-lyon").location(HostLocation.of("lyon", GeoPoint.of(45.76, 4.83))).build())
 *     .start()) {
 *   MecOrchestrator meo = mec.orchestrator();             // or Mm1 over HTTP at mec.lcmUri()
 *   EmbeddedMecPlatform paris = mec.host("edge-paris");   // Mp1 at paris.serviceMgmtUri()
 * }
 * }</pre>
 */
public final class EmbeddedMecSystem implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMecSystem.class);

  private final Map<HostId, EmbeddedMecPlatform> hosts = new LinkedHashMap<>();
  private final VimBackend vim;
  private final boolean ownsVim;
  private final MecOrchestrator orchestrator;
  private final MecHttpServer server;
  private final boolean open;
  private final @Nullable AppPackageManager packages;

  private EmbeddedMecSystem(Builder b) {
    this.open = b.open;
    if (b.hosts.isEmpty()) {
      throw new IllegalStateException("An embedded MEC system needs at least one host: builder().host(...) or"
          + " hosts(n)");
    }
    Authorizer authorizer = b.open ? Authorizer.open() : new HmacTokenAuthorizer(b.clock, Duration.ofHours(24));
    this.packages = b.catalog == null ? AppPackageManager.builder().authorizer(authorizer).clock(b.clock)
        .deliveryPolicy(b.deliveryPolicy).build() : null;
    PackageCatalog catalog = b.catalog != null ? b.catalog : Objects.requireNonNull(packages);
    this.ownsVim = b.vim == null;
    this.vim = b.vim != null ? b.vim : new InMemoryVim(b.clock);
    MecOrchestrator.Builder mb = MecOrchestrator.builder()
        .packageCatalog(catalog)
        .vim(vim)
        .clock(b.clock)
        .deliveryPolicy(b.deliveryPolicy)
        .authorizer(authorizer);
    List<EmbeddedMecPlatform> started = new ArrayList<>();
    try {
      for (MecHost h : b.hosts) {
        EmbeddedMecPlatform.Builder pb = EmbeddedMecPlatform.builder().clock(b.clock).deliveryPolicy(b.deliveryPolicy);
        if (b.open) {
          pb.open();
        }
        EmbeddedMecPlatform p = pb.start();
        started.add(p);
        hosts.put(h.id(), p);
        mb.addHost(h, p.platform());
      }
      b.customizer.accept(mb);
      this.orchestrator = mb.build();
      MecHttpServer s = MecHttpServer.builder().port(b.port).stopTimeout(Duration.ofMillis(200)).build();
      s.addRoutes(Mm1HttpBinding.orchestratorRoutes(orchestrator));
      if (packages != null) {
        s.addRoutes(new AppPkgMgmtHttpBinding(packages).routes());
      }
      s.start();
      orchestrator.baseUri(s.baseUri());
      if (packages != null) {
        packages.baseUri(s.baseUri());
      }
      this.server = s;
    } catch (RuntimeException e) {
      started.forEach(EmbeddedMecPlatform::close);
      if (packages != null) {
        packages.close();
      }
      throw e;
    }
    if (b.simulateApps && vim instanceof InMemoryVim mem) {
      mem.onStart(w -> CompletableFuture.runAsync(() -> playApp(w.env())));
    }
    LOG.info("Embedded MEC system up: orchestrator at {}, hosts {}", server.baseUri(), hosts.keySet());
  }

  /** Confirms readiness for an in-memory workload, as its application would. */
  private void playApp(Map<String, String> env) {
    String id = env.get(AppEnvironment.APP_INSTANCE_ID);
    String host = env.get(AppEnvironment.HOST_ID);
    EmbeddedMecPlatform p = host == null ? null : hosts.get(HostId.of(host));
    if (id == null || p == null) {
      return;
    }
    try {
      p.platform().confirmReady(Caller.app(id), id, new AppReadyConfirmation("READY"));
    } catch (RuntimeException e) {
      LOG.warn("Simulated application {} could not confirm ready: {}", id, e.getMessage());
    }
  }

  /**
   * A builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The orchestrator engine.
   *
   * @return the orchestrator
   */
  public MecOrchestrator orchestrator() {
    return orchestrator;
  }

  /**
   * A host's platform.
   *
   * @param hostId the host id
   * @return its embedded platform
   * @throws IllegalArgumentException when there is no such host
   */
  public EmbeddedMecPlatform host(String hostId) {
    EmbeddedMecPlatform p = hosts.get(HostId.of(hostId));
    if (p == null) {
      throw new IllegalArgumentException("No host " + hostId + "; hosts: " + hosts.keySet());
    }
    return p;
  }

  /**
   * Every host's platform.
   *
   * @return host id to platform, in the order added
   */
  public Map<HostId, EmbeddedMecPlatform> hosts() {
    return Collections.unmodifiableMap(hosts);
  }

  /**
   * The VIM workloads run in.
   *
   * @return the VIM
   */
  public VimBackend vim() {
    return vim;
  }

  /**
   * Where the orchestrator listens.
   *
   * @return e.g. {@code http://127.0.0.1:41234}
   */
  public URI baseUri() {
    return server.baseUri();
  }

  /**
   * The MEC 010-2 application LCM base URI.
   *
   * @return e.g. {@code http://127.0.0.1:41234/app_lcm/v1}
   */
  public URI lcmUri() {
    return URI.create(baseUri() + MecOrchestrator.LCM_PATH);
  }

  /**
   * The MEC 010-2 granting base URI.
   *
   * @return e.g. {@code http://127.0.0.1:41234/granting/v1}
   */
  public URI grantingUri() {
    return URI.create(baseUri() + MecOrchestrator.GRANTING_PATH);
  }

  /**
   * The MEC 021 mobility service base URI.
   *
   * @return e.g. {@code http://127.0.0.1:41234/amsi/v1}
   */
  public URI amsUri() {
    return URI.create(baseUri() + MecOrchestrator.AMS_PATH);
  }

  /**
   * A bearer token for the operator side of the orchestrator (Mm1).
   *
   * @return the token; a placeholder in open mode
   */
  public String operatorToken() {
    return open ? "open-mode" : orchestrator.authorizer().issuePlatformToken();
  }

  /**
   * The package manager (MEC 010-2 package management, served at {@link #pkgmUri()}) the orchestrator instantiates
   * from, unless the builder was given another catalog.
   *
   * @return the package manager
   * @throws IllegalStateException when the system was built with {@link Builder#packageCatalog}
   */
  public AppPackageManager packages() {
    if (packages == null) {
      throw new IllegalStateException("This system was built with its own PackageCatalog, not the package manager");
    }
    return packages;
  }

  /**
   * The MEC 010-2 package management base URI, e.g. {@code http://127.0.0.1:41234/app_pkgm/v1}.
   *
   * @return the URI
   */
  public URI pkgmUri() {
    return URI.create(baseUri() + "/app_pkgm/v1");
  }

  /** Stops the orchestrator, its server, the VIM's workloads (when it made the VIM) and every platform. */
  @Override
  public void close() {
    server.close();
    orchestrator.close();
    if (packages != null) {
      packages.close();
    }
    if (ownsVim) {
      vim.close();
    }
    for (EmbeddedMecPlatform p : hosts.values()) {
      p.close();
    }
  }

  /** Builds an {@link EmbeddedMecSystem}. */
  public static final class Builder {
    private final List<MecHost> hosts = new ArrayList<>();
    private @Nullable PackageCatalog catalog;
    private @Nullable VimBackend vim;
    private Clock clock = Clock.systemUTC();
    private boolean open;
    private boolean simulateApps = true;
    private int port;
    private DeliveryPolicy deliveryPolicy =
        new DeliveryPolicy(Duration.ofMillis(50), Duration.ofSeconds(2), 10_000, Duration.ofHours(1));
    private Consumer<MecOrchestrator.Builder> customizer = b -> { };

    private Builder() {}

    /**
     * Adds a MEC host (with a platform of its own).
     *
     * @param host the host
     * @return this builder
     */
    public Builder host(MecHost host) {
      hosts.add(Objects.requireNonNull(host, "host"));
      return this;
    }

    /**
     * Adds {@code n} hosts {@code edge-1} ... {@code edge-n}, 100 km apart on a line east of Paris, each in a zone
     * of its own named like it.
     *
     * @param n how many
     * @return this builder
     */
    public Builder hosts(int n) {
      for (int i = 1; i <= n; i++) {
        hosts.add(MecHost.builder("edge-" + i)
            .location(HostLocation.of("edge-" + i, GeoPoint.of(48.85, 2.35 + (i - 1) * 1.36)))
            .build());
      }
      return this;
    }

    /**
     * Where onboarded packages come from. Required.
     *
     * @param catalog the package manager's catalog; by default the system runs its own {@link AppPackageManager}
     * @return this builder
     */
    public Builder packageCatalog(PackageCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * The VIM; default an {@link InMemoryVim} owned by the system. A VIM given here is not closed by the system.
     *
     * @param vim the VIM
     * @return this builder
     */
    public Builder vim(VimBackend vim) {
      this.vim = Objects.requireNonNull(vim, "vim");
      return this;
    }

    /**
     * Whether the system confirms readiness for workloads of the in-memory VIM, as their applications would.
     * Default true; ignored with other VIMs.
     *
     * @param simulate true to simulate
     * @return this builder
     */
    public Builder simulateApps(boolean simulate) {
      this.simulateApps = simulate;
      return this;
    }

    /**
     * Open mode everywhere: no tokens are checked.
     *
     * @return this builder
     */
    public Builder open() {
      this.open = true;
      return this;
    }

    /**
     * The clock of the orchestrator and the platforms.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * A fixed port for the orchestrator instead of a random one.
     *
     * @param port the port
     * @return this builder
     */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * Notification retry settings of the orchestrator and the platforms; the default retries fast.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder deliveryPolicy(DeliveryPolicy policy) {
      this.deliveryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Any other orchestrator setting (placement policy, timeouts, store, ...); applied last.
     *
     * @param customizer changes the orchestrator builder
     * @return this builder
     */
    public Builder customize(Consumer<MecOrchestrator.Builder> customizer) {
      this.customizer = Objects.requireNonNull(customizer, "customizer");
      return this;
    }

    /**
     * Starts the system.
     *
     * @return the running system
     */
    public EmbeddedMecSystem start() {
      return new EmbeddedMecSystem(this);
    }
  }
}
