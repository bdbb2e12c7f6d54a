package io.mec4j.platform.meo;

import io.mec4j.model.ams.MobilityStatus;
import io.mec4j.model.ams.TargetAppInfo;
import io.mec4j.model.common.CommunicationInterface;
import io.mec4j.model.common.EndPointInfo;
import io.mec4j.model.common.IpAddressPort;
import io.mec4j.model.common.LinkType;
import io.mec4j.model.common.MECHostInformation;
import io.mec4j.model.common.ProblemDetails;
import io.mec4j.model.common.ServiceDependency;
import io.mec4j.model.common.TimeStamp;
import io.mec4j.model.error.MecBadRequestException;
import io.mec4j.model.error.MecConflictException;
import io.mec4j.model.error.MecForbiddenException;
import io.mec4j.model.error.MecNotFoundException;
import io.mec4j.model.error.MecServiceException;
import io.mec4j.model.lcm.AppD;
import io.mec4j.model.lcm.AppInstanceInfo;
import io.mec4j.model.lcm.AppInstanceInfoLinks;
import io.mec4j.model.lcm.AppInstanceState;
import io.mec4j.model.lcm.AppInstanceSubscriptionLinkList;
import io.mec4j.model.lcm.AppInstanceSubscriptionType;
import io.mec4j.model.lcm.AppLcmOpOcc;
import io.mec4j.model.lcm.AppLcmOpOccLinks;
import io.mec4j.model.lcm.AppOperationalState;
import io.mec4j.model.lcm.CancelMode;
import io.mec4j.model.lcm.CivicAddress;
import io.mec4j.model.lcm.ConfigPlatformForAppRequest;
import io.mec4j.model.lcm.CreateAppInstanceRequest;
import io.mec4j.model.lcm.DNSRuleDescriptor;
import io.mec4j.model.lcm.Grant;
import io.mec4j.model.lcm.GrantInfo;
import io.mec4j.model.lcm.GrantLinks;
import io.mec4j.model.lcm.GrantRequest;
import io.mec4j.model.lcm.InstantiateAppRequest;
import io.mec4j.model.lcm.InstantiatedAppState;
import io.mec4j.model.lcm.InstantiationState;
import io.mec4j.model.lcm.LcmOperation;
import io.mec4j.model.lcm.LcmOperationParams;
import io.mec4j.model.lcm.LocationInformation;
import io.mec4j.model.lcm.OperateAppRequest;
import io.mec4j.model.lcm.OperationState;
import io.mec4j.model.lcm.OperationalState;
import io.mec4j.model.lcm.ResourceDefinition;
import io.mec4j.model.lcm.ResourceType;
import io.mec4j.model.lcm.StopType;
import io.mec4j.model.lcm.TerminateAppRequest;
import io.mec4j.model.lcm.TrafficRuleDescriptor;
import io.mec4j.model.lcm.VimConnectionInfo;
import io.mec4j.model.lcm.ZoneInfo;
import io.mec4j.model.mp1.DnsRule;
import io.mec4j.model.mp1.OperationActionType;
import io.mec4j.model.mp1.RuleState;
import io.mec4j.model.mp1.ServiceInfo;
import io.mec4j.model.mp1.TrafficRule;
import io.mec4j.platform.internal.BeanValidation;
import io.mec4j.platform.internal.Workers;
import io.mec4j.platform.meo.Descriptors.PlatformConfig;
import io.mec4j.platform.meo.LcmEntries.HintsEntry;
import io.mec4j.platform.meo.LcmEntries.InstanceEntry;
import io.mec4j.platform.meo.LcmEntries.OpEntry;
import io.mec4j.platform.mep.AppProvisioning;
import io.mec4j.platform.mep.MecPlatform;
import io.mec4j.platform.mep.ServiceQuery;
import io.mec4j.platform.notify.DeliveryPolicy;
import io.mec4j.platform.notify.NotificationDispatcher;
import io.mec4j.platform.spi.AppEnvironment;
import io.mec4j.platform.spi.AppImage;
import io.mec4j.platform.spi.Authorizer;
import io.mec4j.platform.spi.Caller;
import io.mec4j.platform.spi.HmacTokenAuthorizer;
import io.mec4j.platform.spi.HostId;
import io.mec4j.platform.spi.HostInventory;
import io.mec4j.platform.spi.HostLocation;
import io.mec4j.platform.spi.HostStatus;
import io.mec4j.platform.spi.InMemoryHostInventory;
import io.mec4j.platform.spi.InMemoryStore;
import io.mec4j.platform.spi.InMemoryVim;
import io.mec4j.platform.spi.JdkHttpNotificationSender;
import io.mec4j.platform.spi.MecHost;
import io.mec4j.platform.spi.NotificationSender;
import io.mec4j.platform.spi.PlacementException;
import io.mec4j.platform.spi.PlacementPolicy;
import io.mec4j.platform.spi.PlacementRequest;
import io.mec4j.platform.spi.Resources;
import io.mec4j.platform.spi.Store;
import io.mec4j.platform.spi.StoreTable;
import io.mec4j.platform.spi.VimBackend;
import io.mec4j.platform.spi.VimInstance;
import io.mec4j.platform.spi.Versioned;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MEC orchestrator engine: MEC 010-2 application lifecycle management and granting over N MEC hosts, each with
 * its own {@link MecPlatform}, as a plain Java API.
 *
 * <p><b>Instantiation</b> of an application instance selects a host ({@link PlacementPolicy}, explained when nothing
 * fits), grants and books its resources ({@link HostInventory}), provisions the instance on the host's platform
 * (required services, traffic and DNS rules of the AppD), starts it through the {@link VimBackend} with its Mp1
 * base URI, instance id and bearer token in the environment ({@link AppEnvironment}), waits for the application to
 * confirm it is ready over Mp1, and then activates its rules. <b>Termination</b> is graceful: the application gets an
 * Mp1 termination notification and the workload is stopped once it confirms or the timeout passes. Every operation is
 * an LCM operation occurrence ({@code STARTING}, {@code PROCESSING}, then {@code COMPLETED}, {@code FAILED_TEMP} or
 * {@code FAILED}) that can be cancelled, retried and finally failed, and subscribers are notified of every change at
 * least once ({@link NotificationDispatcher}). A workload that ends on its own is detected: the instance becomes
 * {@code STOPPED} and subscribers learn it.
 *
 * <p><b>Relocation</b> ({@link #relocate}, MEC 003 A.4, MEC 021) instantiates the application on the target host,
 * lets it move its state (through MEC 021 mobility procedure notifications), switches traffic and DNS rules, then
 * terminates the source; when anything fails the source keeps running.
 *
 * <pre>{@code
 * MecOrchestrator meo = MecOrchestrator.builder()
 *     .packageCatalog(packages)
 *     .addHost(MecHost.builder("edge-1").build(), platform1)
 *     .vim(new ProcessVim())
 *     .build();
 * AppInstanceInfo app = meo.createAppInstance(CreateAppInstanceRequest.builder().appDId("appd-1").build());
 * LcmOpOccurrence op = meo.instantiate(app.id(), request, PlacementHints.near(GeoPoint.of(48.85, 2.35)));
 * meo.awaitOperation(op.id()).join();
 * }</pre>
 *
 * <p>Thread-safe. The Java API is the operator's (Mm1): it takes no {@link Caller}; the HTTP binding lets only the
 * platform side and open mode through.
 */
public final class MecOrchestrator implements AutoCloseable {

  /** Path prefix of the MEC 010-2 application LCM API. */
  public static final String LCM_PATH = "/app_lcm/v1";

  /** Path prefix of the MEC 010-2 granting API. */
  public static final String GRANTING_PATH = "/granting/v1";

  /** Path prefix of the MEC 021 application mobility service (the part relocation needs). */
  public static final String AMS_PATH = AppMobilityService.PATH;

  private static final Logger LOG = LoggerFactory.getLogger(MecOrchestrator.class);

  private final Clock clock;
  private final Store store;
  private final PackageCatalog catalog;
  private final VimBackend vim;
  private final HostInventory inventory;
  private final PlacementPolicy policy;
  private final Authorizer authorizer;
  private final NotificationSender sender;
  private final NotificationDispatcher dispatcher;
  private final ScheduledExecutorService scheduler;
  private final boolean ownsScheduler;
  private final ExecutorService workers;
  private final Duration readyTimeout;
  private final Duration gracefulTimeout;
  private final Duration stopGrace;
  private final Duration stateTransferTimeout;
  private final AtomicReference<@Nullable URI> baseUri = new AtomicReference<>();

  private final StoreTable<InstanceEntry> instances;
  private final StoreTable<OpEntry> ops;
  private final StoreTable<Grant> grants;
  private final LcmSubscriptions subscriptions;
  private final AppMobilityService ams;

  private final Map<HostId, MecPlatform> platforms = new ConcurrentHashMap<>();
  private final Object lcmLock = new Object();
  private final Map<String, OpRun> activeOps = new ConcurrentHashMap<>();
  private final Map<String, OpRun> runsByVim = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<LcmOpOccurrence>> opFutures = new ConcurrentHashMap<>();
  private final Set<String> relocating = ConcurrentHashMap.newKeySet();
  private final List<Consumer<Object>> notificationListeners = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  private MecOrchestrator(Builder b) {
    this.clock = b.clock;
    this.store = b.store != null ? b.store : new InMemoryStore();
    this.catalog = Objects.requireNonNull(b.catalog, "packageCatalog: the orchestrator needs the package manager's"
        + " PackageCatalog (MecOrchestrator.builder().packageCatalog(...))");
    this.vim = b.vim != null ? b.vim : new InMemoryVim(clock);
    this.inventory = b.inventory != null ? b.inventory : new InMemoryHostInventory();
    this.policy = b.policy != null ? b.policy : PlacementPolicy.defaultPolicy();
    this.authorizer = b.authorizer != null ? b.authorizer : new HmacTokenAuthorizer(clock, Duration.ofHours(24));
    this.ownsScheduler = b.scheduler == null;
    this.scheduler = b.scheduler != null ? b.scheduler
        : Executors.newScheduledThreadPool(1, Workers.daemonThreads("mec4j-meo-timer"));
    this.sender = b.sender != null ? b.sender
        : new JdkHttpNotificationSender(Workers.newBlockingExecutor("mec4j-meo-notify"));
    this.dispatcher = new NotificationDispatcher(sender, scheduler, b.deliveryPolicy, clock);
    this.workers = Workers.newBlockingExecutor("mec4j-meo");
    this.readyTimeout = b.readyTimeout;
    this.gracefulTimeout = b.gracefulTimeout;
    this.stopGrace = b.stopGrace;
    this.stateTransferTimeout = b.stateTransferTimeout;
    this.baseUri.set(b.baseUri);
    this.instances = store.table("meo.appInstances", InstanceEntry.class);
    this.ops = store.table("meo.lcmOpOccs", OpEntry.class);
    this.grants = store.table("meo.grants", Grant.class);
    this.subscriptions = new LcmSubscriptions(store, dispatcher, clock, this::lcmBase);
    this.ams = new AppMobilityService(store, dispatcher, clock, () -> base() + AMS_PATH);
    this.vim.addExitListener(this::onVimExit);
    for (Map.Entry<MecHost, MecPlatform> h : b.hosts.entrySet()) {
      addHost(h.getKey(), h.getValue());
    }
  }

  /**
   * A builder. The package catalog is required; everything else has an embedded default.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ================================================================================================ wiring

  /**
   * Connects a MEC host and its platform: the host joins the inventory, the platform's service registry is followed
   * so that services registered on it count for host selection.
   *
   * @param host the host
   * @param platform its MEC platform
   */
  public void addHost(MecHost host, MecPlatform platform) {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(platform, "platform");
    if (platforms.putIfAbsent(host.id(), platform) != null) {
      throw new IllegalArgumentException("MEC host " + host.id() + " is already connected");
    }
    inventory.add(host);
    platform.onServiceChange(ref -> refreshServices(host.id(), platform));
    refreshServices(host.id(), platform);
    LOG.info("MEC host {} connected", host.id());
  }

  private void refreshServices(HostId host, MecPlatform platform) {
    try {
      Set<String> names = platform.services(Caller.platform(), ServiceQuery.ALL).stream().map(ServiceInfo::serName)
          .collect(Collectors.toSet());
      inventory.updateRegisteredServices(host, names);
    } catch (RuntimeException e) {
      LOG.debug("Cannot read the services of host {}: {}", host, e.toString());
    }
  }

  /**
   * The connected hosts with their load.
   *
   * @return a snapshot
   */
  public List<HostStatus> hosts() {
    return inventory.hosts().stream().filter(h -> platforms.containsKey(h.id())).toList();
  }

  /**
   * The platform of a host.
   *
   * @param host the host
   * @return its platform, or empty when the host is not connected
   */
  public Optional<MecPlatform> platform(HostId host) {
    return Optional.ofNullable(platforms.get(host));
  }

  /**
   * The host inventory.
   *
   * @return the inventory
   */
  public HostInventory inventory() {
    return inventory;
  }

  /**
   * The VIM.
   *
   * @return the VIM backend
   */
  public VimBackend vim() {
    return vim;
  }

  /**
   * Authenticates a request to the orchestrator's APIs.
   *
   * @param authorizationHeader the {@code Authorization} header, or {@code null}
   * @return the caller
   */
  public Caller authenticate(@Nullable String authorizationHeader) {
    return authorizer.authenticate(authorizationHeader);
  }

  /**
   * The authorizer, e.g. to issue an operator token ({@link Authorizer#issuePlatformToken()}).
   *
   * @return the authorizer
   */
  public Authorizer authorizer() {
    return authorizer;
  }

  /**
   * Sets where the orchestrator's APIs are reachable, for links and for the mobility service URI given to
   * applications. The HTTP binding sets it when its server starts, unless it was configured.
   *
   * @param uri e.g. {@code http://127.0.0.1:8080}
   */
  public void baseUri(URI uri) {
    baseUri.compareAndSet(null, Objects.requireNonNull(uri, "uri"));
  }

  /**
   * Where the orchestrator's APIs are reachable.
   *
   * @return the base URI, or empty before one is set
   */
  public Optional<URI> baseUri() {
    return Optional.ofNullable(baseUri.get());
  }

  private String base() {
    URI u = baseUri.get();
    return u == null ? "" : u.toString();
  }

  String lcmBase() {
    return base() + LCM_PATH;
  }

  AppMobilityService ams() {
    return ams;
  }

  /**
   * Delivery counters of the notification machinery.
   *
   * @return a snapshot
   */
  public NotificationDispatcher.Stats notificationStats() {
    return dispatcher.stats();
  }

  // ================================================================================================ instances

  /**
   * Creates an application instance resource ({@code POST /app_instances}) for an onboarded AppD.
   *
   * @param request the AppD id, a name and description, optionally the platform to use ({@code appPlacementInfo})
   * @return the instance, {@code NOT_INSTANTIATED}
   * @throws MecNotFoundException when no onboarded package holds the AppD
   * @throws MecConflictException when its package is disabled
   */
  public AppInstanceInfo createAppInstance(CreateAppInstanceRequest request) {
    Objects.requireNonNull(request, "request");
    BeanValidation.check(request, "CreateAppInstanceRequest");
    OnboardedPackage pkg = catalog.findByAppDId(request.appDId()).orElseThrow(() -> new MecNotFoundException(
        "No onboarded application package holds AppD " + request.appDId() + ": onboard it first"));
    String pinned = null;
    if (request.appPlacementInfo() != null) {
      pinned = request.appPlacementInfo().mepId();
      if (pinned.isBlank() || pinned.contains("/") || !platforms.containsKey(HostId.of(pinned))) {
        throw new MecBadRequestException("appPlacementInfo.mepId " + pinned + " is not a MEC platform of this MEC"
            + " system; known: " + platforms.keySet().stream().map(HostId::value).sorted().toList());
      }
    }
    return create(pkg, request.appInstanceName(), request.appInstanceDescription(), pinned);
  }

  private AppInstanceInfo create(OnboardedPackage pkg, @Nullable String name, @Nullable String description,
      @Nullable String pinned) {
    if (pkg.operationalState() != OperationalState.ENABLED) {
      throw new MecConflictException("Application package " + pkg.appPkgId() + " is " + pkg.operationalState()
          + ": enable it before creating instances");
    }
    AppD d = pkg.appD();
    String id = UUID.randomUUID().toString();
    AppInstanceInfo info = AppInstanceInfo.builder()
        .id(id)
        .appInstanceName(name)
        .appInstanceDescription(description)
        .appDId(d.appDId())
        .appProvider(d.appProvider())
        .appName(d.appName())
        .appSoftVersion(d.appSoftVersion())
        .appDVersion(d.appDVersion())
        .appPkgId(pkg.appPkgId())
        .instantiationState(InstantiationState.NOT_INSTANTIATED)
        .build();
    instances.insert(id, new InstanceEntry(info, null, null, pinned, null));
    AppInstanceInfo linked = withLinks(requireInstance(id));
    subscriptions.identifier(linked, true, linked.links().self().href());
    LOG.info("Created application instance {} of {} ({})", id, d.appName(), d.appDId());
    return linked;
  }

  /**
   * Every application instance resource.
   *
   * @return a snapshot, with links
   */
  public List<AppInstanceInfo> appInstances() {
    return instances.list().stream().map(v -> withLinks(v.value())).toList();
  }

  /**
   * An application instance resource.
   *
   * @param appInstanceId the id
   * @return the instance, or empty
   */
  public Optional<AppInstanceInfo> findAppInstance(String appInstanceId) {
    return instances.find(appInstanceId).map(v -> withLinks(v.value()));
  }

  /**
   * An application instance resource.
   *
   * @param appInstanceId the id
   * @return the instance
   * @throws MecNotFoundException when unknown
   */
  public AppInstanceInfo appInstance(String appInstanceId) {
    return withLinks(requireInstance(appInstanceId));
  }

  /**
   * The host an application instance is instantiated on.
   *
   * @param appInstanceId the id
   * @return the host, or empty when not instantiated
   */
  public Optional<HostId> hostOf(String appInstanceId) {
    return instances.find(appInstanceId).map(v -> v.value().hostId()).map(HostId::of);
  }

  /**
   * The VIM workload of an application instance.
   *
   * @param appInstanceId the id
   * @return the workload id, or empty when none was started
   */
  public Optional<String> vimInstanceOf(String appInstanceId) {
    return instances.find(appInstanceId).map(v -> v.value().vimInstanceId());
  }

  /**
   * Deletes an application instance resource ({@code DELETE /app_instances/{id}}). Operations of it that wait in
   * {@code FAILED_TEMP} are failed for good.
   *
   * @param appInstanceId the id
   * @throws MecConflictException when it is instantiated or an operation runs
   */
  public void deleteAppInstance(String appInstanceId) {
    deleteAppInstance(appInstanceId, false);
  }

  private void deleteAppInstance(String appInstanceId, boolean internal) {
    InstanceEntry e;
    List<String> abandoned = new ArrayList<>();
    synchronized (lcmLock) {
      e = requireInstance(appInstanceId);
      if (e.info().instantiationState() != InstantiationState.NOT_INSTANTIATED) {
        throw new MecConflictException("Application instance " + appInstanceId + " is "
            + e.info().instantiationState() + ": terminate it before deleting it");
      }
      if (activeOps.containsKey(appInstanceId) || !internal && relocating.contains(appInstanceId)) {
        throw new MecConflictException("An LCM operation of application instance " + appInstanceId + " is running");
      }
      for (Versioned<OpEntry> o : ops.list()) {
        if (o.value().appInstanceId().equals(appInstanceId)
            && o.value().occ().operationState() == OperationState.FAILED_TEMP) {
          abandoned.add(o.id());
        }
      }
    }
    for (String opId : abandoned) {
      settle(opId, OperationState.FAILED, null);
    }
    AppInstanceInfo linked = withLinks(e);
    instances.delete(appInstanceId);
    ams.forget(appInstanceId);
    subscriptions.identifier(linked, false, linked.links().self().href());
    LOG.info("Deleted application instance {}", appInstanceId);
  }

  private InstanceEntry requireInstance(String id) {
    return instances.find(id).orElseThrow(() -> new MecNotFoundException("No application instance " + id)).value();
  }

  private AppInstanceInfo withLinks(InstanceEntry e) {
    String self = lcmBase() + "/app_instances/" + e.id();
    boolean instantiated = e.info().instantiationState() == InstantiationState.INSTANTIATED;
    return e.info().toBuilder().links(new AppInstanceInfoLinks(
        new LinkType(self),
        instantiated ? null : new LinkType(self + "/instantiate"),
        instantiated ? new LinkType(self + "/terminate") : null,
        instantiated ? new LinkType(self + "/operate") : null,
        new LinkType(self + "/configure_platform_for_app"))).build();
  }

  private void updateInstance(String id, UnaryOperator<InstanceEntry> change) {
    synchronized (lcmLock) {
      InstanceEntry e = requireInstance(id);
      instances.update(id, change.apply(e), StoreTable.ANY_VERSION);
    }
  }

  // ================================================================================================ operations

  /**
   * Instantiates an application instance ({@code POST /app_instances/{id}/instantiate}) on the host the placement
   * policy selects.
   *
   * @param appInstanceId the instance
   * @param request the request; {@code selectedMECHostInfo} may be absent (the orchestrator selects among all hosts)
   *     or name the candidate hosts
   * @return the operation occurrence, {@code STARTING}
   */
  public LcmOpOccurrence instantiate(String appInstanceId, InstantiateAppRequest request) {
    return instantiate(appInstanceId, request, PlacementHints.NONE);
  }

  /**
   * Instantiates an application instance near its users.
   *
   * @param appInstanceId the instance
   * @param request the request
   * @param hints where the users are
   * @return the operation occurrence, {@code STARTING}
   */
  public LcmOpOccurrence instantiate(String appInstanceId, InstantiateAppRequest request, PlacementHints hints) {
    Objects.requireNonNull(hints, "hints");
    checkInstantiateRequest(request);
    return startOp(appInstanceId, LcmOperation.INSTANTIATE, request, HintsEntry.of(hints), null, null, false, false,
        e -> {
          if (e.info().instantiationState() != InstantiationState.NOT_INSTANTIATED) {
            throw new MecConflictException("Application instance " + appInstanceId + " is already INSTANTIATED");
          }
        });
  }

  private static void checkInstantiateRequest(InstantiateAppRequest request) {
    Objects.requireNonNull(request, "request");
    InstantiateAppRequest forCheck = request.selectedMECHostInfo() == null
        ? request.toBuilder().selectedMECHostInfo(List.of(new MECHostInformation(null, Map.of()))).build()
        : request;
    BeanValidation.check(forCheck, "InstantiateAppRequest");
    if (request.virtualComputeDescriptor() != null && request.osContainerDescriptor() != null
        && !request.osContainerDescriptor().isEmpty()) {
      throw new MecBadRequestException("Give only one of virtualComputeDescriptor and osContainerDescriptor");
    }
    if (request.locationConstraints() != null && request.locationConstraints().area() != null) {
      Descriptors.area(request.locationConstraints().area());
    }
    if (request.selectedMECHostInfo() != null) {
      for (MECHostInformation h : request.selectedMECHostInfo()) {
        if (Descriptors.hostOf(h) == null) {
          throw new MecBadRequestException("selectedMECHostInfo: give each host as hostId {\"id\": \"<host id>\"}"
              + " or hostName");
        }
      }
    }
  }

  /**
   * Terminates an application instance ({@code POST /app_instances/{id}/terminate}): gracefully (the application is
   * notified over Mp1 and has the timeout to confirm) or forcefully, then the workload is stopped and its resources
   * released.
   *
   * @param appInstanceId the instance
   * @param request the termination type and graceful timeout
   * @return the operation occurrence, {@code STARTING}
   */
  public LcmOpOccurrence terminate(String appInstanceId, TerminateAppRequest request) {
    return terminate(appInstanceId, request, false);
  }

  private LcmOpOccurrence terminate(String appInstanceId, TerminateAppRequest request, boolean internal) {
    Objects.requireNonNull(request, "request");
    BeanValidation.check(request, "TerminateAppRequest");
    Integer t = request.gracefulTerminationTimeout();
    if (t != null && t < 0) {
      throw new MecBadRequestException("gracefulTerminationTimeout must be zero or positive seconds, was " + t);
    }
    if (t != null && request.terminationType() == StopType.FORCEFUL) {
      throw new MecBadRequestException("gracefulTerminationTimeout applies to GRACEFUL termination only");
    }
    return startOp(appInstanceId, LcmOperation.TERMINATE, request, null, null, null, false, internal, e -> {
      if (e.info().instantiationState() != InstantiationState.INSTANTIATED) {
        throw new MecConflictException("Application instance " + appInstanceId + " is NOT_INSTANTIATED");
      }
    });
  }

  /**
   * Starts or stops an application instance ({@code POST /app_instances/{id}/operate}).
   *
   * @param appInstanceId the instance
   * @param request the wanted state and, for a stop, its type and graceful timeout
   * @return the operation occurrence, {@code STARTING}
   */
  public LcmOpOccurrence operate(String appInstanceId, OperateAppRequest request) {
    Objects.requireNonNull(request, "request");
    BeanValidation.check(request, "OperateAppRequest");
    AppOperationalState to = request.changeStateTo();
    if (to == AppOperationalState.STARTED && (request.stopType() != null || request.gracefulStopTimeout() != null)) {
      throw new MecBadRequestException("stopType and gracefulStopTimeout must be absent when changeStateTo is"
          + " STARTED");
    }
    if (to == AppOperationalState.STOPPED) {
      boolean graceful = request.stopType() == StopType.GRACEFUL;
      if (graceful && request.gracefulStopTimeout() == null) {
        throw new MecBadRequestException("gracefulStopTimeout is required for a GRACEFUL stop");
      }
      if (!graceful && request.gracefulStopTimeout() != null) {
        throw new MecBadRequestException("gracefulStopTimeout applies to a GRACEFUL stop only");
      }
      if (request.gracefulStopTimeout() != null && request.gracefulStopTimeout() < 0) {
        throw new MecBadRequestException("gracefulStopTimeout must be zero or positive seconds");
      }
    }
    return startOp(appInstanceId, LcmOperation.OPERATE, request, null, null, null, false, false, e -> {
      if (e.info().instantiationState() != InstantiationState.INSTANTIATED) {
        throw new MecConflictException("Application instance " + appInstanceId + " is NOT_INSTANTIATED:"
            + " instantiate it first");
      }
      AppOperationalState now = Objects.requireNonNull(e.info().instantiatedAppState()).operationalState();
      if (now == to) {
        throw new MecConflictException("Application instance " + appInstanceId + " is already " + to);
      }
    });
  }

  /**
   * Gives an application instance another platform configuration than its AppD's ({@code POST
   * /app_instances/{id}/configure_platform_for_app}): required services, traffic and DNS rules, latency. It applies at
   * the next instantiation or start; on a started instance, changed rules are enforced at once. The operation
   * occurrence is reported as an {@code OPERATE} without {@code operationParams} (MEC 010-2 has no operation type for
   * it).
   *
   * @param appInstanceId the instance
   * @param request the configuration; absent lists keep the AppD's
   * @return the operation occurrence, {@code STARTING}
   * @throws MecConflictException when the instance is started and the request adds or removes rules or changes its
   *     required services: stop it first
   */
  public LcmOpOccurrence configurePlatformForApp(String appInstanceId, ConfigPlatformForAppRequest request) {
    Objects.requireNonNull(request, "request");
    BeanValidation.check(request, "ConfigPlatformForAppRequest");
    return startOp(appInstanceId, LcmOperation.OPERATE, null, null, null, null, false, false, e -> {
      if (isStarted(e)) {
        OnboardedPackage pkg = usablePackage(e);
        PlatformConfig before = Descriptors.config(pkg.appD(), e.config());
        PlatformConfig after = Descriptors.config(pkg.appD(), request);
        if (!ids(before.trafficRules(), TrafficRuleDescriptor::trafficRuleId)
            .equals(ids(after.trafficRules(), TrafficRuleDescriptor::trafficRuleId))
            || !ids(before.dnsRules(), DNSRuleDescriptor::dnsRuleId)
            .equals(ids(after.dnsRules(), DNSRuleDescriptor::dnsRuleId))
            || !ids(before.requiredServices(), ServiceDependency::serName)
            .equals(ids(after.requiredServices(), ServiceDependency::serName))) {
          throw new MecConflictException("Application instance " + appInstanceId + " is STARTED: its set of traffic"
              + " rules, DNS rules and required services cannot change while it runs. Stop it (operate STOPPED),"
              + " configure it, then start it again");
        }
      }
      instances.update(appInstanceId, e.withConfig(request), StoreTable.ANY_VERSION);
    });
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).collect(Collectors.toSet());
  }

  private static boolean isStarted(InstanceEntry e) {
    return e.info().instantiationState() == InstantiationState.INSTANTIATED && e.info().instantiatedAppState() != null
        && e.info().instantiatedAppState().operationalState() == AppOperationalState.STARTED;
  }

  /**
   * Every LCM operation occurrence.
   *
   * @return a snapshot
   */
  public List<LcmOpOccurrence> opOccurrences() {
    return ops.list().stream().map(v -> view(v.value())).toList();
  }

  /**
   * One LCM operation occurrence.
   *
   * @param opOccId the id
   * @return the occurrence
   * @throws MecNotFoundException when unknown
   */
  public LcmOpOccurrence opOccurrence(String opOccId) {
    return view(requireOp(opOccId));
  }

  /**
   * Completes when an operation comes to a stop: {@code COMPLETED}, {@code FAILED_TEMP} or {@code FAILED}. After a
   * {@link #retry}, ask again.
   *
   * @param opOccId the occurrence
   * @return the settled occurrence
   */
  public CompletableFuture<LcmOpOccurrence> awaitOperation(String opOccId) {
    CompletableFuture<LcmOpOccurrence> f = opFutures.get(opOccId);
    if (f != null) {
      return f.thenApply(Function.identity());
    }
    LcmOpOccurrence now = opOccurrence(opOccId);
    if (now.isSettled()) {
      return CompletableFuture.completedFuture(now);
    }
    return opFutures.computeIfAbsent(opOccId, k -> new CompletableFuture<>()).thenApply(Function.identity());
  }

  /**
   * Cancels a running operation ({@code POST /app_lcm_op_occs/{id}/cancel}): it stops at its next step, undoes what
   * it did and ends in {@code FAILED_TEMP}.
   *
   * @param opOccId the occurrence
   * @param mode GRACEFUL or FORCED; both interrupt waits
   * @return the occurrence, with {@code isCancelPending}
   * @throws MecConflictException unless it is {@code STARTING} or {@code PROCESSING}
   */
  public LcmOpOccurrence cancel(String opOccId, CancelMode mode) {
    Objects.requireNonNull(mode, "mode");
    BeanValidation.check(mode, "CancelMode");
    OpRun run;
    OpEntry updated;
    synchronized (lcmLock) {
      OpEntry op = requireOp(opOccId);
      OperationState s = op.occ().operationState();
      run = activeOps.get(op.appInstanceId());
      if (s != OperationState.STARTING && s != OperationState.PROCESSING || run == null || !run.opId.equals(opOccId)) {
        throw new MecConflictException("LCM operation occurrence " + opOccId + " is " + s
            + ": only STARTING or PROCESSING operations can be cancelled");
      }
      updated = op.withOcc(op.occ().toBuilder().isCancelPending(Boolean.TRUE).cancelMode(mode).build(), null);
      ops.update(opOccId, updated, StoreTable.ANY_VERSION);
    }
    run.cancelled = true;
    run.cancelSignal.complete(null);
    LOG.info("Cancelling LCM operation {} ({})", opOccId, mode.cancelMode());
    return view(updated);
  }

  /**
   * Marks an operation in {@code FAILED_TEMP} as finally failed ({@code POST /app_lcm_op_occs/{id}/fail}).
   *
   * @param opOccId the occurrence
   * @return the occurrence, {@code FAILED}
   * @throws MecConflictException unless it is {@code FAILED_TEMP}
   */
  public LcmOpOccurrence fail(String opOccId) {
    synchronized (lcmLock) {
      OpEntry op = requireOp(opOccId);
      if (op.occ().operationState() != OperationState.FAILED_TEMP) {
        throw new MecConflictException("LCM operation occurrence " + opOccId + " is " + op.occ().operationState()
            + ": only FAILED_TEMP operations can be failed");
      }
    }
    return settle(opOccId, OperationState.FAILED, null);
  }

  /**
   * Runs an operation in {@code FAILED_TEMP} again from the start ({@code POST /app_lcm_op_occs/{id}/retry}).
   *
   * @param opOccId the occurrence
   * @return the occurrence, {@code PROCESSING}
   * @throws MecConflictException unless it is {@code FAILED_TEMP}
   */
  public LcmOpOccurrence retry(String opOccId) {
    OpRun run;
    synchronized (lcmLock) {
      OpEntry op = requireOp(opOccId);
      if (op.occ().operationState() != OperationState.FAILED_TEMP) {
        throw new MecConflictException("LCM operation occurrence " + opOccId + " is " + op.occ().operationState()
            + ": only FAILED_TEMP operations can be retried");
      }
      requireInstance(op.appInstanceId());
      run = new OpRun(opOccId, op.appInstanceId(), op.occ().lcmOperation());
      activeOps.put(op.appInstanceId(), run);
      opFutures.put(opOccId, new CompletableFuture<>());
    }
    LcmOpOccurrence v = transition(opOccId, OperationState.PROCESSING, null);
    submit(run);
    return v;
  }

  private LcmOpOccurrence startOp(String appInstanceId, LcmOperation type, @Nullable LcmOperationParams params,
      @Nullable HintsEntry hints, @Nullable String targetHost, @Nullable String excludedHost, boolean deferRules,
      boolean internal, Consumer<InstanceEntry> precondition) {
    if (closed) {
      throw new IllegalStateException("The orchestrator is closed");
    }
    String opId = UUID.randomUUID().toString();
    OpRun run = new OpRun(opId, appInstanceId, type);
    OpEntry entry;
    synchronized (lcmLock) {
      InstanceEntry e = requireInstance(appInstanceId);
      OpRun active = activeOps.get(appInstanceId);
      if (active != null) {
        throw new MecConflictException("LCM operation " + active.opId + " (" + active.type
            + ") of application instance " + appInstanceId + " is still running");
      }
      if (!internal && relocating.contains(appInstanceId)) {
        throw new MecConflictException("Application instance " + appInstanceId + " is being relocated");
      }
      for (Versioned<OpEntry> o : ops.list()) {
        if (o.value().appInstanceId().equals(appInstanceId)
            && o.value().occ().operationState() == OperationState.FAILED_TEMP) {
          throw new MecConflictException("LCM operation " + o.id() + " (" + o.value().occ().lcmOperation()
              + ") of application instance " + appInstanceId + " is FAILED_TEMP: retry or fail it first");
        }
      }
      precondition.accept(e);
      TimeStamp now = now();
      AppLcmOpOcc occ = AppLcmOpOcc.builder().id(opId).operationState(OperationState.STARTING)
          .stateEnteredTime(now).startTime(now).lcmOperation(type).operationParams(params)
          .isCancelPending(Boolean.FALSE).build();
      entry = new OpEntry(occ, appInstanceId, null, hints, targetHost, excludedHost, deferRules, null);
      opFutures.put(opId, new CompletableFuture<>());
      ops.insert(opId, entry);
      activeOps.put(appInstanceId, run);
    }
    LOG.info("LCM operation {} ({}) of application instance {} STARTING", opId, type, appInstanceId);
    notifyOp(entry);
    submit(run);
    return view(entry);
  }

  private void submit(OpRun run) {
    try {
      workers.execute(() -> runOp(run));
    } catch (RuntimeException rejected) {
      activeOps.remove(run.appInstanceId, run);
      settle(run.opId, OperationState.FAILED_TEMP, ProblemDetails.of(503, "Service Unavailable",
          "The orchestrator is shutting down"));
    }
  }

  private void runOp(OpRun run) {
    try {
      OpEntry op = requireOp(run.opId);
      switch (run.type) {
        case INSTANTIATE -> doInstantiate(run, op);
        case TERMINATE -> doTerminate(run, op);
        default -> {
          if (op.occ().operationParams() instanceof OperateAppRequest r) {
            doOperate(run, op, r);
          } else {
            doConfigure(run, op);
          }
        }
      }
    } catch (Throwable t) {
      failOp(run, t);
    } finally {
      if (run.vimInstanceId != null) {
        runsByVim.remove(run.vimInstanceId, run);
      }
      activeOps.remove(run.appInstanceId, run);
      // a workload that ended after the operation stopped watching it: treat it as a crash if it was left running
      if (run.vimEnded.isDone() && run.vimEnded.join().status() == VimInstance.Status.FAILED && !closed) {
        VimInstance v = run.vimEnded.join();
        try {
          workers.execute(() -> handleCrash(v));
        } catch (RuntimeException shuttingDown) {
          LOG.debug("Ignoring the end of {} while shutting down", v.id());
        }
      }
    }
  }

  private void failOp(OpRun run, Throwable t) {
    Throwable e = unwrap(t);
    boolean permanent = false;
    ProblemDetails problem;
    if (run.cancelled && !(e instanceof StepFailure sf && sf.permanent)) {
      problem = ProblemDetails.of(409, "Cancelled", "The operation was cancelled on request; what it had done was"
          + " undone");
    } else if (e instanceof StepFailure sf) {
      problem = sf.problem;
      permanent = sf.permanent;
    } else if (e instanceof PlacementException pe) {
      problem = ProblemDetails.of(409, "No MEC host fits", String.valueOf(pe.getMessage()));
    } else if (e instanceof MecServiceException mse) {
      problem = mse.problem();
    } else {
      LOG.error("LCM operation {} failed unexpectedly", run.opId, e);
      problem = ProblemDetails.of(500, "Internal Server Error", "The operation failed unexpectedly: " + e);
    }
    LOG.warn("LCM operation {} ({}) of application instance {} failed: {}", run.opId, run.type, run.appInstanceId,
        problem.detail());
    run.undo();
    settle(run.opId, permanent ? OperationState.FAILED : OperationState.FAILED_TEMP, problem);
  }

  private static Throwable unwrap(Throwable t) {
    Throwable e = t;
    while ((e instanceof java.util.concurrent.CompletionException || e instanceof ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }

  private LcmOpOccurrence transition(String opId, OperationState state, @Nullable ProblemDetails error) {
    OpEntry updated;
    synchronized (lcmLock) {
      OpEntry op = requireOp(opId);
      AppLcmOpOcc.Builder b = op.occ().toBuilder().operationState(state).stateEnteredTime(now());
      if (state != OperationState.STARTING && state != OperationState.PROCESSING) {
        b.isCancelPending(Boolean.FALSE).cancelMode(null);
      }
      updated = op.withOcc(b.build(), error);
      ops.update(opId, updated, StoreTable.ANY_VERSION);
    }
    LOG.info("LCM operation {} ({}) of application instance {} {}", opId, updated.occ().lcmOperation(),
        updated.appInstanceId(), state);
    notifyOp(updated);
    return view(updated);
  }

  private LcmOpOccurrence settle(String opId, OperationState state, @Nullable ProblemDetails error) {
    OpEntry current = requireOp(opId);
    LcmOpOccurrence v = transition(opId, state, error != null ? error : current.error());
    // the instance is free for the next operation before anyone waiting for this one learns it settled
    activeOps.computeIfPresent(current.appInstanceId(), (k, r) -> r.opId.equals(opId) ? null : r);
    CompletableFuture<LcmOpOccurrence> f = opFutures.remove(opId);
    if (f != null) {
      f.complete(v);
    }
    return v;
  }

  private void notifyOp(OpEntry op) {
    instances.find(op.appInstanceId()).ifPresent(i -> {
      AppInstanceInfo info = withLinks(i.value());
      subscriptions.opOcc(op.occ(), info, lcmBase() + "/app_lcm_op_occs/" + op.id(), info.links().self().href());
    });
  }

  private OpEntry requireOp(String opId) {
    return ops.find(opId).orElseThrow(() -> new MecNotFoundException("No LCM operation occurrence " + opId)).value();
  }

  private LcmOpOccurrence view(OpEntry e) {
    AppLcmOpOcc occ = e.occ().toBuilder().links(new AppLcmOpOccLinks(
        new LinkType(lcmBase() + "/app_lcm_op_occs/" + e.id()),
        new LinkType(lcmBase() + "/app_instances/" + e.appInstanceId()))).build();
    return new LcmOpOccurrence(occ, e.appInstanceId(), e.error());
  }

  private TimeStamp now() {
    Instant t = clock.instant();
    return new TimeStamp(t.getEpochSecond(), (long) t.getNano());
  }

  // ================================================================================================ workflows

  /** One execution of an operation: cancellation, the workload it watches, and how to undo what it did. */
  private static final class OpRun {
    final String opId;
    final String appInstanceId;
    final LcmOperation type;
    final CompletableFuture<Void> cancelSignal = new CompletableFuture<>();
    final CompletableFuture<VimInstance> vimEnded = new CompletableFuture<>();
    final Deque<Runnable> undo = new ArrayDeque<>();
    volatile boolean cancelled;
    volatile @Nullable String vimInstanceId;

    OpRun(String opId, String appInstanceId, LcmOperation type) {
      this.opId = opId;
      this.appInstanceId = appInstanceId;
      this.type = type;
    }

    void onUndo(Runnable r) {
      undo.push(r);
    }

    void undo() {
      while (!undo.isEmpty()) {
        try {
          undo.pop().run();
        } catch (RuntimeException e) {
          LOG.warn("Undoing a step of LCM operation {} failed: {}", opId, e.toString());
        }
      }
    }

    void checkCancel() {
      if (cancelled) {
        throw new StepFailure(409, "Cancelled", "The operation was cancelled on request", false);
      }
    }
  }

  /** A failed step with the problem to report. */
  private static final class StepFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient ProblemDetails problem;
    final boolean permanent;

    StepFailure(int status, String title, String detail, boolean permanent) {
      super(detail);
      this.problem = ProblemDetails.of(status, title, detail);
      this.permanent = permanent;
    }
  }

  private OnboardedPackage usablePackage(InstanceEntry e) {
    OnboardedPackage pkg = catalog.findByPackageId(e.info().appPkgId()).orElseThrow(() -> new StepFailure(404,
        "Package Not Found", "Application package " + e.info().appPkgId() + " of AppD " + e.info().appDId()
            + " is no longer onboarded", true));
    if (pkg.operationalState() != OperationalState.ENABLED) {
      throw new StepFailure(409, "Package Disabled", "Application package " + pkg.appPkgId() + " is "
          + pkg.operationalState() + ": enable it and retry", false);
    }
    return pkg;
  }

  private void doInstantiate(OpRun run, OpEntry op) {
    InstanceEntry inst = requireInstance(run.appInstanceId);
    InstantiateAppRequest req = (InstantiateAppRequest) op.occ().operationParams();
    OnboardedPackage pkg = usablePackage(inst);
    PlatformConfig cfg = Descriptors.config(pkg.appD(), inst.config());
    String pinned = op.targetHost() != null ? op.targetHost() : inst.pinnedHost();
    Set<HostId> excluded = op.excludedHost() == null ? Set.of() : Set.of(HostId.of(op.excludedHost()));
    PlacementRequest pr = Descriptors.placement(label(inst.info()), pkg.appD(), cfg, req,
        HintsEntry.toHints(op.hints()), pinned, excluded);
    run.checkCancel();
    HostStatus chosen = placeAndAllocate(run, pr);
    HostId host = chosen.id();
    Grant g = issueGrant(inst.info(), op.id(), LcmOperation.INSTANTIATE, host, pr.resources(), true);
    synchronized (lcmLock) {
      ops.update(op.id(), requireOp(op.id()).withGrant(g.id()), StoreTable.ANY_VERSION);
    }
    run.checkCancel();
    transition(run.opId, OperationState.PROCESSING, null);
    VimInstance vi = startOnHost(run, inst, pkg, cfg, host, pr.resources(), !op.deferRules());
    MecPlatform platform = platformOf(host);
    LocationInformation location = location(chosen.host());
    AppInstanceInfo info = inst.info().toBuilder()
        .instantiationState(InstantiationState.INSTANTIATED)
        .instantiatedAppState(new InstantiatedAppState(AppOperationalState.STARTED, location, null))
        .vimConnectionInfo(Map.of(vimConnectionId(host), vimConnection(host)))
        .communicationInterface(communicationInterface(platform, inst.id()))
        .build();
    updateInstance(inst.id(), e -> e.withInfo(info).placed(host.value(), vi.id()));
    catalog.markInUse(pkg.appPkgId(), true);
    subscriptions.instanceState(withLinks(requireInstance(inst.id())), AppInstanceState.STARTED, location);
    settle(run.opId, OperationState.COMPLETED, null);
  }

  private HostStatus placeAndAllocate(OpRun run, PlacementRequest pr) {
    for (int attempt = 0; attempt < 5; attempt++) {
      HostStatus h = policy.place(pr, hosts());
      if (!platforms.containsKey(h.id())) {
        throw new StepFailure(500, "Internal Server Error", "The placement policy chose host " + h.id()
            + ", which has no MEC platform connected", false);
      }
      if (inventory.allocate(h.id(), run.appInstanceId, pr.resources())) {
        run.onUndo(() -> inventory.release(h.id(), run.appInstanceId));
        LOG.info("Placed application instance {} on host {}", run.appInstanceId, h.id());
        return h;
      }
    }
    throw new StepFailure(409, "No MEC host fits", "The chosen hosts kept filling up while placing "
        + pr.application() + "; retry", false);
  }

  /** Provisions the instance on the host's platform, starts its workload and waits until it confirms ready. */
  private VimInstance startOnHost(OpRun run, InstanceEntry inst, OnboardedPackage pkg, PlatformConfig cfg,
      HostId host, Resources resources, boolean activateRules) {
    MecPlatform platform = platformOf(host);
    String id = inst.id();
    AppD appD = pkg.appD();
    AppProvisioning.Builder pb = AppProvisioning.builder(id, appD.appName()).appProvider(appD.appProvider())
        .appDId(appD.appDId());
    cfg.requiredServices().forEach(pb::addRequiredService);
    Descriptors.trafficRules(cfg.trafficRules(), RuleState.INACTIVE).forEach(pb::addTrafficRule);
    Descriptors.dnsRules(cfg.dnsRules(), RuleState.INACTIVE).forEach(pb::addDnsRule);
    AppProvisioning provisioning = pb.build();
    if (platform.findApp(id).isPresent()) {
      removeQuietly(platform, id);
    }
    platform.provisionApp(provisioning);
    run.onUndo(() -> removeQuietly(platform, id));
    Map<String, String> env = environment(host, platform, id);
    AppImage image;
    try {
      image = Descriptors.image(pkg, resources);
    } catch (IllegalArgumentException e) {
      throw new StepFailure(409, "Invalid Package", "The software image of AppD " + appD.appDId() + " cannot be"
          + " used: " + e.getMessage(), true);
    }
    run.checkCancel();
    CompletableFuture<VimInstance> starting = vim.start(image, host, env);
    run.onUndo(() -> starting.thenAccept(v -> stopQuietly(v.id())));
    VimInstance vi;
    try {
      vi = waitFor(run, starting, readyTimeout, "the VIM to start " + image);
    } catch (StepFailure f) {
      throw f;
    } catch (RuntimeException e) {
      throw new StepFailure(502, "VIM Failure", "The VIM could not start " + image + " on host " + host + ": "
          + unwrap(e).getMessage(), false);
    }
    run.vimInstanceId = vi.id();
    runsByVim.put(vi.id(), run);
    vim.inspect(vi.id()).filter(v -> v.status() != VimInstance.Status.RUNNING).ifPresent(run.vimEnded::complete);
    LOG.info("Application instance {} started as {} on host {}; waiting for it to confirm ready", id, vi.id(), host);
    awaitReady(run, platform, id);
    if (activateRules) {
      activateRules(platform, id);
    }
    return vi;
  }

  private void awaitReady(OpRun run, MecPlatform platform, String id) {
    CompletableFuture<Void> ready = platform.awaitReady(id);
    try {
      CompletableFuture.anyOf(ready, run.vimEnded, run.cancelSignal).get(readyTimeout.toMillis(),
          TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StepFailure(503, "Service Unavailable", "Interrupted while waiting for readiness", false);
    } catch (ExecutionException e) {
      // one of them failed: examined below
    } catch (TimeoutException e) {
      throw new StepFailure(504, "Not Ready", "Application instance " + id + " did not confirm it is ready"
          + " (Mp1 confirm_ready) within " + human(readyTimeout), false);
    }
    run.checkCancel();
    if (run.vimEnded.isDone() && !ready.isDone()) {
      VimInstance v = run.vimEnded.join();
      throw new StepFailure(502, "Application Exited", "Application instance " + id + " ended before confirming"
          + " it is ready" + endedHow(v), false);
    }
    ready.join();
  }

  private static String human(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static String endedHow(VimInstance v) {
    return (v.exitCode() != null ? ": exit code " + v.exitCode() : "") + (v.detail() != null ? " (" + v.detail()
        + ")" : "");
  }

  private <T> T waitFor(OpRun run, CompletableFuture<T> f, Duration timeout, String what) {
    try {
      CompletableFuture.anyOf(f, run.cancelSignal).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StepFailure(503, "Service Unavailable", "Interrupted while waiting for " + what, false);
    } catch (ExecutionException e) {
      // examined below
    } catch (TimeoutException e) {
      throw new StepFailure(504, "Timeout", "Timed out after " + human(timeout) + " waiting for " + what,
          false);
    }
    run.checkCancel();
    return f.join();
  }

  private void activateRules(MecPlatform platform, String id) {
    for (TrafficRule r : platform.trafficRules(Caller.platform(), id)) {
      if (r.state() != RuleState.ACTIVE) {
        platform.updateTrafficRule(Caller.platform(), id, r.trafficRuleId(), r.toBuilder().state(RuleState.ACTIVE)
            .build(), StoreTable.ANY_VERSION);
      }
    }
    for (DnsRule r : platform.dnsRules(Caller.platform(), id)) {
      if (r.state() != RuleState.ACTIVE) {
        platform.updateDnsRule(Caller.platform(), id, r.dnsRuleId(), r.toBuilder().state(RuleState.ACTIVE).build(),
            StoreTable.ANY_VERSION);
      }
    }
  }

  private Map<String, String> environment(HostId host, MecPlatform platform, String id) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put(AppEnvironment.APP_INSTANCE_ID, id);
    env.put(AppEnvironment.HOST_ID, host.value());
    try {
      URI base = platform.baseUri();
      env.put(AppEnvironment.MP1_BASE_URI, base.toString());
      env.put(AppEnvironment.SERVICE_MGMT_URI, base + MecPlatform.SERVICE_MGMT_PATH);
      env.put(AppEnvironment.APP_SUPPORT_URI, base + MecPlatform.APP_SUPPORT_PATH);
    } catch (IllegalStateException e) {
      LOG.warn("The platform of host {} has no base URI (no HTTP binding): application instance {} cannot reach Mp1",
          host, id);
    }
    env.put(AppEnvironment.APP_TOKEN, token(() -> platform.issueToken(id), platform.authorizer()));
    URI meo = baseUri.get();
    if (meo != null) {
      env.put(AppEnvironment.AMS_URI, meo + AMS_PATH);
      env.put(AppEnvironment.AMS_TOKEN, token(() -> authorizer.issueToken(id), authorizer));
    }
    return env;
  }

  private static String token(java.util.function.Supplier<String> issue, Authorizer a) {
    try {
      return issue.get();
    } catch (UnsupportedOperationException e) {
      if (a.isOpen()) {
        return "open-mode";
      }
      throw e;
    }
  }

  private void doTerminate(OpRun run, OpEntry op) {
    TerminateAppRequest req = (TerminateAppRequest) Objects.requireNonNull(op.occ().operationParams());
    InstanceEntry inst = requireInstance(run.appInstanceId);
    HostId host = HostId.of(Objects.requireNonNull(inst.hostId()));
    OnboardedPackage pkg = catalog.findByPackageId(inst.info().appPkgId()).orElse(null);
    Grant g = issueGrant(inst.info(), op.id(), LcmOperation.TERMINATE, host, Resources.NONE, false);
    synchronized (lcmLock) {
      ops.update(op.id(), requireOp(op.id()).withGrant(g.id()), StoreTable.ANY_VERSION);
    }
    run.checkCancel();
    transition(run.opId, OperationState.PROCESSING, null);
    stopApp(run, inst, pkg == null ? null : pkg.appD(), req.terminationType(), req.gracefulTerminationTimeout(),
        OperationActionType.TERMINATING);
    inventory.release(host, inst.id());
    ams.forget(inst.id());
    AppInstanceInfo info = inst.info().toBuilder()
        .instantiationState(InstantiationState.NOT_INSTANTIATED)
        .instantiatedAppState(null)
        .vimConnectionInfo(null)
        .communicationInterface(null)
        .build();
    updateInstance(inst.id(), e -> e.withInfo(info).placed(null, null));
    String pkgId = inst.info().appPkgId();
    boolean stillUsed = instances.list().stream().anyMatch(v -> v.value().info().appPkgId().equals(pkgId)
        && v.value().info().instantiationState() == InstantiationState.INSTANTIATED);
    catalog.markInUse(pkgId, stillUsed);
    subscriptions.instanceState(withLinks(requireInstance(inst.id())), AppInstanceState.NOT_INSTANTIATED, null);
    settle(run.opId, OperationState.COMPLETED, null);
  }

  private void doOperate(OpRun run, OpEntry op, OperateAppRequest req) {
    InstanceEntry inst = requireInstance(run.appInstanceId);
    HostId host = HostId.of(Objects.requireNonNull(inst.hostId()));
    run.checkCancel();
    transition(run.opId, OperationState.PROCESSING, null);
    InstantiatedAppState state;
    if (req.changeStateTo() == AppOperationalState.STOPPED) {
      OnboardedPackage pkg = catalog.findByPackageId(inst.info().appPkgId()).orElse(null);
      stopApp(run, inst, pkg == null ? null : pkg.appD(), req.stopType() == null ? StopType.FORCEFUL : req.stopType(),
          req.gracefulStopTimeout(), OperationActionType.STOPPING);
      state = new InstantiatedAppState(AppOperationalState.STOPPED,
          Objects.requireNonNull(inst.info().instantiatedAppState()).appInstLocation(), null);
      updateInstance(inst.id(), e -> e.withInfo(e.info().toBuilder().instantiatedAppState(state).build()));
      subscriptions.instanceState(withLinks(requireInstance(inst.id())), AppInstanceState.STOPPED,
          state.appInstLocation());
    } else {
      OnboardedPackage pkg = usablePackage(inst);
      PlatformConfig cfg = Descriptors.config(pkg.appD(), inst.config());
      VimInstance vi = startOnHost(run, inst, pkg, cfg, host, Descriptors.resources(pkg.appD(), null), true);
      state = new InstantiatedAppState(AppOperationalState.STARTED,
          Objects.requireNonNull(inst.info().instantiatedAppState()).appInstLocation(), null);
      CommunicationInterface ci = communicationInterface(platformOf(host), inst.id());
      updateInstance(inst.id(), e -> e.withInfo(e.info().toBuilder().instantiatedAppState(state)
          .communicationInterface(ci).build()).placed(host.value(), vi.id()));
      subscriptions.instanceState(withLinks(requireInstance(inst.id())), AppInstanceState.STARTED,
          state.appInstLocation());
    }
    settle(run.opId, OperationState.COMPLETED, null);
  }

  private void doConfigure(OpRun run, OpEntry op) {
    InstanceEntry inst = requireInstance(run.appInstanceId);
    run.checkCancel();
    transition(run.opId, OperationState.PROCESSING, null);
    if (isStarted(inst) && inst.hostId() != null) {
      MecPlatform platform = platformOf(HostId.of(inst.hostId()));
      OnboardedPackage pkg = usablePackage(inst);
      PlatformConfig cfg = Descriptors.config(pkg.appD(), inst.config());
      for (TrafficRule r : Descriptors.trafficRules(cfg.trafficRules(), RuleState.ACTIVE)) {
        platform.updateTrafficRule(Caller.platform(), inst.id(), r.trafficRuleId(), r, StoreTable.ANY_VERSION);
      }
      for (DnsRule r : Descriptors.dnsRules(cfg.dnsRules(), RuleState.ACTIVE)) {
        platform.updateDnsRule(Caller.platform(), inst.id(), r.dnsRuleId(), r, StoreTable.ANY_VERSION);
      }
    }
    settle(run.opId, OperationState.COMPLETED, null);
  }

  /** Takes an application out of service: graceful notification if asked, removal from its platform, VIM stop. */
  private void stopApp(OpRun run, InstanceEntry inst, @Nullable AppD appD, StopType type, @Nullable Integer timeoutSec,
      OperationActionType action) {
    String id = inst.id();
    MecPlatform platform = inst.hostId() == null ? null : platforms.get(HostId.of(inst.hostId()));
    String vimId = inst.vimInstanceId();
    if (vimId != null) {
      run.vimInstanceId = vimId;
      runsByVim.put(vimId, run);
      vim.inspect(vimId).filter(v -> v.status() != VimInstance.Status.RUNNING).ifPresent(run.vimEnded::complete);
    }
    boolean onPlatform = platform != null && platform.findApp(id).isPresent();
    if (platform != null && onPlatform && type == StopType.GRACEFUL && !run.vimEnded.isDone()) {
      Duration timeout = gracefulTimeout(timeoutSec, appD, action);
      CompletableFuture<MecPlatform.TerminationOutcome> outcome = platform.requestTermination(id, action, timeout);
      try {
        CompletableFuture.anyOf(outcome, run.vimEnded, run.cancelSignal)
            .get(timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException e) {
        LOG.debug("Graceful {} of {} ended without confirmation: {}", action, id, e.toString());
      }
      run.checkCancel();
      LOG.info("Application instance {}: graceful {} {}", id, action.name().toLowerCase(Locale.ROOT),
          outcome.isDone() ? outcome.join() : run.vimEnded.isDone() ? "ended by the application" : "timed out");
    }
    run.checkCancel();
    if (platform != null && onPlatform) {
      removeQuietly(platform, id);
    }
    if (vimId != null) {
      try {
        vim.stop(vimId, stopGrace).get(stopGrace.toMillis() + 10_000, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException e) {
        throw new StepFailure(502, "VIM Failure", "The VIM did not stop workload " + vimId + " of application"
            + " instance " + id + ": " + unwrap(e), false);
      }
    }
  }

  private Duration gracefulTimeout(@Nullable Integer requestedSec, @Nullable AppD appD, OperationActionType action) {
    Double min = null;
    Double max = null;
    if (appD != null && action == OperationActionType.TERMINATING && appD.terminateAppInstanceOpConfig() != null) {
      min = appD.terminateAppInstanceOpConfig().minGracefulTerminationTimeout();
      max = appD.terminateAppInstanceOpConfig().maxRecommendedGracefulTerminationTimeout();
    } else if (appD != null && action == OperationActionType.STOPPING
        && appD.changeAppInstanceStateOpConfig() != null) {
      min = appD.changeAppInstanceStateOpConfig().minGracefulStopTimeout();
      max = appD.changeAppInstanceStateOpConfig().maxRecommendedGracefulStopTimeout();
    }
    Duration d = requestedSec != null ? Duration.ofSeconds(requestedSec)
        : max != null ? Duration.ofMillis((long) (max * 1000)) : gracefulTimeout;
    if (min != null && d.toMillis() < (long) (min * 1000)) {
      d = Duration.ofMillis((long) (min * 1000));
    }
    return d;
  }

  private void removeQuietly(MecPlatform platform, String id) {
    try {
      platform.removeApp(id);
    } catch (MecNotFoundException gone) {
      // already removed
    }
  }

  private void stopQuietly(String vimId) {
    vim.stop(vimId, Duration.ZERO).exceptionally(e -> {
      LOG.warn("Could not stop workload {}: {}", vimId, e.toString());
      return null;
    });
  }

  private MecPlatform platformOf(HostId host) {
    MecPlatform p = platforms.get(host);
    if (p == null) {
      throw new StepFailure(503, "Host Unavailable", "MEC host " + host + " has no platform connected", false);
    }
    return p;
  }

  private static String label(AppInstanceInfo i) {
    return i.appName() + " (AppD " + i.appDId() + ", instance " + i.id() + ")";
  }

  private static @Nullable LocationInformation location(MecHost host) {
    HostLocation l = host.location();
    if (l.countryCode() == null || l.civicAddress().isEmpty() && l.position() == null) {
      return null;
    }
    String point = l.position() == null ? null : "{\"type\":\"Point\",\"coordinates\":[" + l.position().longitude()
        + "," + l.position().latitude() + "]}";
    return new LocationInformation(l.countryCode(), l.civicAddress().isEmpty() ? null
        : new CivicAddress(l.civicAddress()), point);
  }

  private static @Nullable CommunicationInterface communicationInterface(MecPlatform platform, String id) {
    List<IpAddressPort> addresses = new ArrayList<>();
    try {
      for (ServiceInfo s : platform.appServices(Caller.platform(), id, ServiceQuery.ALL)) {
        EndPointInfo ep = s.transportInfo() == null ? null : s.transportInfo().endpoint();
        if (ep == null) {
          continue;
        }
        if (ep.uris() != null) {
          for (String u : ep.uris()) {
            try {
              URI uri = URI.create(u);
              if (uri.getHost() != null) {
                int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
                addresses.add(new IpAddressPort(uri.getHost(), port));
              }
            } catch (IllegalArgumentException e) {
              // not a URI: skip
            }
          }
        }
        if (ep.addresses() != null) {
          ep.addresses().forEach(a -> addresses.add(new IpAddressPort(a.host(), a.port())));
        }
      }
    } catch (MecServiceException e) {
      return null;
    }
    return addresses.isEmpty() ? null : new CommunicationInterface(addresses);
  }

  private static String vimConnectionId(HostId host) {
    return "vim-" + host.value();
  }

  private VimConnectionInfo vimConnection(HostId host) {
    return new VimConnectionInfo(vimConnectionId(host), host.value(), vim.type(), null, null, null);
  }

  // ================================================================================================ crashes

  private void onVimExit(VimInstance v) {
    OpRun run = runsByVim.get(v.id());
    if (run != null) {
      run.vimEnded.complete(v);
      return;
    }
    if (v.status() != VimInstance.Status.FAILED || closed) {
      return;
    }
    try {
      workers.execute(() -> handleCrash(v));
    } catch (RuntimeException shuttingDown) {
      LOG.debug("Ignoring the end of {} while shutting down", v.id());
    }
  }

  private void handleCrash(VimInstance v) {
    InstanceEntry inst;
    synchronized (lcmLock) {
      inst = instances.list().stream().map(Versioned::value).filter(e -> v.id().equals(e.vimInstanceId()))
          .findFirst().orElse(null);
      if (inst == null) {
        return;
      }
      OpRun active = activeOps.get(inst.id());
      if (active != null) {
        active.vimEnded.complete(v);
        return;
      }
      if (!isStarted(inst)) {
        return;
      }
      InstantiatedAppState stopped = new InstantiatedAppState(AppOperationalState.STOPPED,
          Objects.requireNonNull(inst.info().instantiatedAppState()).appInstLocation(), null);
      inst = inst.withInfo(inst.info().toBuilder().instantiatedAppState(stopped).build());
      instances.update(inst.id(), inst, StoreTable.ANY_VERSION);
    }
    LOG.warn("Application instance {} on host {} ended on its own{}: it is STOPPED now", inst.id(), inst.hostId(),
        endedHow(v));
    MecPlatform platform = inst.hostId() == null ? null : platforms.get(HostId.of(inst.hostId()));
    if (platform != null) {
      removeQuietly(platform, inst.id());
    }
    subscriptions.instanceState(withLinks(inst), AppInstanceState.STOPPED,
        Objects.requireNonNull(inst.info().instantiatedAppState()).appInstLocation());
  }

  // ================================================================================================ granting

  /**
   * Grants an LCM operation ({@code POST /granting/v1/grants}), as a MEC platform manager asks before it changes
   * resources: the grant names the VIM connection and zone of the host the instance runs on or will run on.
   *
   * @param request the grant request
   * @return the grant
   * @throws MecNotFoundException when the instance or operation is unknown
   * @throws MecForbiddenException when the orchestrator refuses the grant (no host fits)
   */
  public Grant grant(GrantRequest request) {
    Objects.requireNonNull(request, "request");
    BeanValidation.check(request, "GrantRequest");
    InstanceEntry inst = instances.find(request.appInstanceId()).orElseThrow(() -> new MecNotFoundException(
        "No application instance " + request.appInstanceId())).value();
    OpEntry op = ops.find(request.appLcmOpOccId()).map(Versioned::value)
        .filter(o -> o.appInstanceId().equals(inst.id()))
        .orElseThrow(() -> new MecNotFoundException("Application instance " + inst.id()
            + " has no LCM operation occurrence " + request.appLcmOpOccId()));
    if (!request.appDId().equals(inst.info().appDId())) {
      throw new MecBadRequestException("appDId " + request.appDId() + " is not the AppD of application instance "
          + inst.id() + " (" + inst.info().appDId() + ")");
    }
    if (request.operation() != op.occ().lcmOperation()) {
      throw new MecBadRequestException("operation " + request.operation() + " does not match LCM operation "
          + op.id() + " (" + op.occ().lcmOperation() + ")");
    }
    HostId host;
    Resources need = Resources.NONE;
    if (inst.hostId() != null) {
      host = HostId.of(inst.hostId());
    } else {
      OnboardedPackage pkg = catalog.findByPackageId(inst.info().appPkgId()).orElseThrow(() -> new MecForbiddenException(
          "Grant rejected: application package " + inst.info().appPkgId() + " is no longer onboarded"));
      PlatformConfig cfg = Descriptors.config(pkg.appD(), inst.config());
      PlacementRequest pr = Descriptors.placement(label(inst.info()), pkg.appD(), cfg,
          op.occ().operationParams() instanceof InstantiateAppRequest r ? r : null, HintsEntry.toHints(op.hints()),
          op.targetHost() != null ? op.targetHost() : inst.pinnedHost(),
          op.excludedHost() == null ? Set.of() : Set.of(HostId.of(op.excludedHost())));
      try {
        host = policy.place(pr, hosts()).id();
      } catch (PlacementException e) {
        throw new MecForbiddenException("Grant rejected: " + e.getMessage());
      }
      need = pr.resources();
    }
    Grant g = issueGrant(inst.info(), op.id(), request.operation(), host, need, request.operation()
        == LcmOperation.INSTANTIATE, request.addResources(), request.removeResources());
    return g;
  }

  /**
   * A grant ({@code GET /granting/v1/grants/{grantId}}).
   *
   * @param grantId the id
   * @return the grant
   * @throws MecNotFoundException when unknown
   */
  public Grant grantInfo(String grantId) {
    return grants.find(grantId).orElseThrow(() -> new MecNotFoundException("No grant " + grantId)).value();
  }

  private Grant issueGrant(AppInstanceInfo inst, String opId, LcmOperation operation, HostId host, Resources need,
      boolean adding) {
    ResourceDefinition compute = new ResourceDefinition("compute-" + inst.id(), ResourceType.COMPUTE, null,
        List.of(inst.appDId()), null);
    return issueGrant(inst, opId, operation, host, need, adding, adding ? List.of(compute) : null,
        operation == LcmOperation.TERMINATE ? List.of(compute) : null);
  }

  private Grant issueGrant(AppInstanceInfo inst, String opId, LcmOperation operation, HostId host, Resources need,
      boolean adding, @Nullable List<ResourceDefinition> add, @Nullable List<ResourceDefinition> remove) {
    String id = UUID.randomUUID().toString();
    String vimId = vimConnectionId(host);
    MecHost mh = inventory.find(host).map(HostStatus::host).orElse(null);
    String zone = mh != null && mh.location().zoneId() != null ? mh.location().zoneId() : host.value();
    Grant g = Grant.builder()
        .id(id)
        .appInstanceId(inst.id())
        .appLcmOpOccId(opId)
        .vimConnections(Map.of(vimId, vimConnection(host)))
        .zones(List.of(new ZoneInfo("zone-" + host.value(), zone, vimId)))
        .addResources(grantInfos(add, host, vimId))
        .removeResources(grantInfos(remove, host, vimId))
        .additionalParams(adding ? Map.of("hostId", host.value(), "resources", need.toString()) : null)
        .links(new GrantLinks(new LinkType(lcmBase() + "/app_lcm_op_occs/" + opId),
            new LinkType(lcmBase() + "/app_instances/" + inst.id())))
        .build();
    grants.insert(id, g);
    LOG.info("Granted {} of application instance {} on host {} ({})", operation, inst.id(), host, id);
    return g;
  }

  private static @Nullable List<GrantInfo> grantInfos(@Nullable List<ResourceDefinition> defs, HostId host,
      String vimId) {
    if (defs == null || defs.isEmpty()) {
      return null;
    }
    return defs.stream().map(d -> new GrantInfo(d.id(), vimId, "zone-" + host.value(), null, null, null)).toList();
  }

  // ================================================================================================ subscriptions

  /**
   * Subscribes to LCM notifications ({@code POST /subscriptions}).
   *
   * @param request an {@code AppInstSubscriptionRequest}, {@code AppLcmOpOccSubscriptionRequest}, {@code
   *     AppInstIdCreationSubscriptionRequest} or {@code AppInstIdDeletionSubscriptionRequest}
   * @return the matching {@code ...SubscriptionInfo}, with its id
   */
  public Versioned<Object> subscribe(Object request) {
    return subscriptions.subscribe(request);
  }

  /**
   * The subscriptions ({@code GET /subscriptions}).
   *
   * @param type only this type, or {@code null} for all
   * @return the link list
   */
  public AppInstanceSubscriptionLinkList subscriptions(@Nullable AppInstanceSubscriptionType type) {
    return subscriptions.list(type);
  }

  /**
   * One subscription.
   *
   * @param subscriptionId the id
   * @return its {@code ...SubscriptionInfo}
   */
  public Object subscription(String subscriptionId) {
    return subscriptions.get(subscriptionId);
  }

  /**
   * Deletes a subscription; its pending notifications are dropped.
   *
   * @param subscriptionId the id
   */
  public void unsubscribe(String subscriptionId) {
    subscriptions.delete(subscriptionId);
  }

  /**
   * Listens to LCM notifications other MEC management entities send to this orchestrator ({@code POST
   * /user_defined_notification}), e.g. a MEC platform manager reporting instance changes over Mm3.
   *
   * @param listener receives the notification ({@code AppInstNotification}, {@code AppLcmOpOccNotification}, ...)
   */
  public void onNotification(Consumer<Object> listener) {
    notificationListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  void acceptNotification(Object notification) {
    for (Consumer<Object> l : notificationListeners) {
      try {
        l.accept(notification);
      } catch (RuntimeException e) {
        LOG.warn("Notification listener failed", e);
      }
    }
  }

  // ================================================================================================ relocation

  /**
   * Relocates an application instance to another MEC host (MEC 003 A.4.2.2.2 application state relocation): a new
   * instance of the same AppD is instantiated on the target with its traffic and DNS rules still inactive; the
   * source application is sent a MEC 021 {@code INTERHOST_MOVEOUT_TRIGGERED} notification naming the target instance
   * and its communication interface, moves its state there and reports {@code USER_CONTEXT_TRANSFER_COMPLETED}; then
   * the target's rules are activated, the source is terminated gracefully and its resource deleted.
   *
   * <p>An application that did not subscribe to mobility procedure notifications is switched over without a state
   * transfer, unless its AppD says it is stateful ({@code userContextTransferCapability.statefulApplication}), in
   * which case the relocation fails. When anything fails, the source instance keeps running untouched and the target
   * instance is terminated and deleted.
   *
   * @param appInstanceId the instance, {@code STARTED}
   * @param target the host to move it to
   * @return completes with the new instance, or fails with a {@link RelocationException}
   */
  public CompletableFuture<AppInstanceInfo> relocate(String appInstanceId, HostId target) {
    Objects.requireNonNull(target, "target");
    InstanceEntry src;
    synchronized (lcmLock) {
      src = requireInstance(appInstanceId);
      if (!isStarted(src)) {
        throw new MecConflictException("Application instance " + appInstanceId + " is not STARTED; only running"
            + " instances can be relocated");
      }
      if (activeOps.containsKey(appInstanceId)) {
        throw new MecConflictException("An LCM operation of application instance " + appInstanceId + " is running");
      }
      if (!platforms.containsKey(target)) {
        throw new MecNotFoundException("MEC host " + target + " is not connected to this orchestrator");
      }
      if (target.value().equals(src.hostId())) {
        throw new MecBadRequestException("Application instance " + appInstanceId + " already runs on " + target);
      }
      if (!relocating.add(appInstanceId)) {
        throw new MecConflictException("Application instance " + appInstanceId + " is already being relocated");
      }
    }
    CompletableFuture<AppInstanceInfo> result = new CompletableFuture<>();
    InstanceEntry source = src;
    workers.execute(() -> {
      try {
        result.complete(doRelocate(source, target));
      } catch (Throwable t) {
        Throwable e = unwrap(t);
        RelocationException failure = e instanceof RelocationException r ? r : new RelocationException(
            "Relocation of application instance " + appInstanceId + " to " + target + " failed: " + e.getMessage()
                + "; the source instance keeps running", e);
        LOG.warn("{}", failure.getMessage());
        result.completeExceptionally(failure);
      } finally {
        relocating.remove(appInstanceId);
      }
    });
    return result;
  }

  private AppInstanceInfo doRelocate(InstanceEntry src, HostId target) throws Exception {
    String srcId = src.id();
    String what = "Relocation of application instance " + srcId + " from " + src.hostId() + " to " + target;
    OnboardedPackage pkg = usablePackage(src);
    LOG.info("{}: starting", what);
    AppInstanceInfo created = create(pkg, src.info().appInstanceName(), src.info().appInstanceDescription(), null);
    String newId = created.id();
    try {
      InstantiateAppRequest req = InstantiateAppRequest.builder()
          .selectedMECHostInfo(List.of(new MECHostInformation(target.value(), Map.of("id", target.value()))))
          .build();
      LcmOpOccurrence op = startOp(newId, LcmOperation.INSTANTIATE, req, null, target.value(), src.hostId(), true,
          true, e -> { });
      LcmOpOccurrence done = awaitOperation(op.id()).get(readyTimeout.toMillis() + 60_000, TimeUnit.MILLISECONDS);
      if (done.state() != OperationState.COMPLETED) {
        throw new RelocationException(what + " failed: instantiation on " + target + " ended "
            + done.state() + (done.error() != null ? ": " + done.error().detail() : "")
            + "; the source instance keeps running");
      }
      AppInstanceInfo tgt = appInstance(newId);
      TargetAppInfo targetInfo = new TargetAppInfo(newId, tgt.communicationInterface());
      if (ams.subscribed(srcId)) {
        CompletableFuture<Void> transfer = ams.expectContextTransfer(srcId);
        ams.notifyMobility(srcId, MobilityStatus.INTERHOST_MOVEOUT_TRIGGERED, targetInfo);
        LOG.info("{}: waiting for the application to move its state to {}", what, newId);
        try {
          transfer.get(stateTransferTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          ams.notifyMobility(srcId, MobilityStatus.INTERHOST_MOVEOUT_FAILED, targetInfo);
          throw new RelocationException(what + " failed: the application did not report its user context"
              + " transferred (MEC 021 USER_CONTEXT_TRANSFER_COMPLETED) within " + human(stateTransferTimeout)
              + "; the source instance keeps running");
        }
      } else if (pkg.appD().userContextTransferCapability() != null
          && Boolean.TRUE.equals(pkg.appD().userContextTransferCapability().statefulApplication())) {
        throw new RelocationException(what + " failed: the AppD says the application is stateful, but instance "
            + srcId + " did not subscribe to MEC 021 mobility procedure notifications, so its state cannot move;"
            + " the source instance keeps running");
      }
      activateRules(platformOf(target), newId);
      ams.notifyMobility(srcId, MobilityStatus.INTERHOST_MOVEOUT_COMPLETED, targetInfo);
      LOG.info("{}: traffic and DNS rules switched to {}", what, newId);
    } catch (Exception e) {
      abandonTarget(newId);
      throw e;
    }
    LcmOpOccurrence term = terminate(srcId, new TerminateAppRequest(StopType.GRACEFUL,
        (int) Math.max(1, gracefulTimeout.toSeconds())), true);
    LcmOpOccurrence termDone = awaitOperation(term.id()).get(gracefulTimeout.toMillis() + stopGrace.toMillis()
        + 60_000, TimeUnit.MILLISECONDS);
    if (termDone.state() == OperationState.COMPLETED) {
      deleteAppInstance(srcId, true);
    } else {
      LOG.warn("{}: the source instance could not be terminated ({}); terminate it by hand", what,
          termDone.error() == null ? termDone.state() : termDone.error().detail());
    }
    LOG.info("{}: done, the application now runs as {}", what, newId);
    return appInstance(newId);
  }

  private void abandonTarget(String newId) {
    try {
      InstanceEntry e = instances.find(newId).map(Versioned::value).orElse(null);
      if (e == null) {
        return;
      }
      for (Versioned<OpEntry> o : ops.list()) {
        if (o.value().appInstanceId().equals(newId)
            && o.value().occ().operationState() == OperationState.FAILED_TEMP) {
          fail(o.id());
        }
      }
      if (e.info().instantiationState() == InstantiationState.INSTANTIATED) {
        LcmOpOccurrence t = terminate(newId, new TerminateAppRequest(StopType.FORCEFUL, null), true);
        awaitOperation(t.id()).get(stopGrace.toMillis() + 60_000, TimeUnit.MILLISECONDS);
      }
      deleteAppInstance(newId);
    } catch (Exception ex) {
      LOG.warn("Could not clean up relocation target instance {}: {}", newId, ex.toString());
    }
  }

  // ================================================================================================ lifecycle

  /**
   * Stops notification delivery and the orchestrator's threads. Running workloads, the VIM, the platforms and the
   * store are left as they are.
   */
  @Override
  public void close() {
    closed = true;
    for (OpRun run : activeOps.values()) {
      run.cancelled = true;
      run.cancelSignal.complete(null);
    }
    workers.shutdown();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    dispatcher.close();
    if (ownsScheduler) {
      scheduler.shutdownNow();
    }
    sender.close();
  }

  /** Builds a {@link MecOrchestrator}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private @Nullable Store store;
    private @Nullable PackageCatalog catalog;
    private @Nullable VimBackend vim;
    private @Nullable HostInventory inventory;
    private @Nullable PlacementPolicy policy;
    private @Nullable Authorizer authorizer;
    private @Nullable NotificationSender sender;
    private @Nullable ScheduledExecutorService scheduler;
    private DeliveryPolicy deliveryPolicy = DeliveryPolicy.DEFAULT;
    private Duration readyTimeout = Duration.ofSeconds(60);
    private Duration gracefulTimeout = Duration.ofSeconds(30);
    private Duration stopGrace = Duration.ofSeconds(10);
    private Duration stateTransferTimeout = Duration.ofSeconds(30);
    private @Nullable URI baseUri;
    private final Map<MecHost, MecPlatform> hosts = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Where onboarded packages come from (the package manager). Required.
     *
     * @param catalog the catalog
     * @return this builder
     */
    public Builder packageCatalog(PackageCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * Connects a MEC host and its platform.
     *
     * @param host the host
     * @param platform its platform
     * @return this builder
     */
    public Builder addHost(MecHost host, MecPlatform platform) {
      hosts.put(Objects.requireNonNull(host, "host"), Objects.requireNonNull(platform, "platform"));
      return this;
    }

    /**
     * The VIM that runs application workloads. Default: an {@link InMemoryVim} (runs nothing).
     *
     * @param vim the VIM
     * @return this builder
     */
    public Builder vim(VimBackend vim) {
      this.vim = Objects.requireNonNull(vim, "vim");
      return this;
    }

    /**
     * The host inventory. Default: an {@link InMemoryHostInventory} holding the hosts added here.
     *
     * @param inventory the inventory
     * @return this builder
     */
    public Builder inventory(HostInventory inventory) {
      this.inventory = Objects.requireNonNull(inventory, "inventory");
      return this;
    }

    /**
     * How hosts are selected. Default: {@link PlacementPolicy#defaultPolicy()}.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder placementPolicy(PlacementPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Where LCM state is kept. Default: a new {@link InMemoryStore}.
     *
     * @param store the store
     * @return this builder
     */
    public Builder store(Store store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * The clock for time stamps and token expiry. Default: the system UTC clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How callers of the orchestrator's APIs are authenticated: operators with platform tokens, applications (for the
     * mobility service) with the tokens the orchestrator issues them. Default: {@link HmacTokenAuthorizer}; {@link
     * Authorizer#open()} only for local development.
     *
     * @param authorizer the authorizer
     * @return this builder
     */
    public Builder authorizer(Authorizer authorizer) {
      this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
      return this;
    }

    /**
     * How notifications are sent. Default: {@link JdkHttpNotificationSender}. The orchestrator closes it.
     *
     * @param sender the sender
     * @return this builder
     */
    public Builder notificationSender(NotificationSender sender) {
      this.sender = Objects.requireNonNull(sender, "sender");
      return this;
    }

    /**
     * The scheduler for notification retries. Default: one daemon thread owned by the orchestrator.
     *
     * @param scheduler the scheduler; not shut down by the orchestrator
     * @return this builder
     */
    public Builder scheduler(ScheduledExecutorService scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * Backoff and retention of notification delivery. Default: {@link DeliveryPolicy#DEFAULT}.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder deliveryPolicy(DeliveryPolicy policy) {
      this.deliveryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * How long a started application has to confirm it is ready over Mp1. Default 60 s.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder readyTimeout(Duration timeout) {
      this.readyTimeout = positive(timeout, "readyTimeout");
      return this;
    }

    /**
     * How long a graceful termination or stop waits for the application's confirmation when neither the request nor
     * the AppD says. Default 30 s.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder gracefulTimeout(Duration timeout) {
      this.gracefulTimeout = positive(timeout, "gracefulTimeout");
      return this;
    }

    /**
     * How long the VIM lets a workload end by itself when stopping it before it ends it by force. Default 10 s.
     *
     * @param grace the grace period
     * @return this builder
     */
    public Builder stopGrace(Duration grace) {
      this.stopGrace = Objects.requireNonNull(grace, "grace");
      return this;
    }

    /**
     * How long a relocated application has to move its state to the target instance. Default 30 s.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder stateTransferTimeout(Duration timeout) {
      this.stateTransferTimeout = positive(timeout, "stateTransferTimeout");
      return this;
    }

    /**
     * Where the orchestrator's APIs are reachable. Default: set by the HTTP binding when its server starts.
     *
     * @param uri e.g. {@code https://meo.operator-a.example}
     * @return this builder
     */
    public Builder baseUri(URI uri) {
      this.baseUri = Objects.requireNonNull(uri, "uri");
      return this;
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }

    /**
     * Builds the orchestrator.
     *
     * @return the orchestrator
     */
    public MecOrchestrator build() {
      return new MecOrchestrator(this);
    }
  }
}
