package io.mec4j.platform.mep;

import io.mec4j.model.MecJson;
import io.mec4j.model.common.EndPointInfo;
import io.mec4j.model.common.LinkType;
import io.mec4j.model.common.SecurityInfo;
import io.mec4j.model.common.SelfLinks;
import io.mec4j.model.common.SubscriptionLinks;
import io.mec4j.model.common.TimeStamp;
import io.mec4j.model.common.TransportType;
import io.mec4j.model.error.MecBadRequestException;
import io.mec4j.model.error.MecConflictException;
import io.mec4j.model.error.MecForbiddenException;
import io.mec4j.model.error.MecNotFoundException;
import io.mec4j.model.error.MecPreconditionFailedException;
import io.mec4j.model.error.MecServiceException;
import io.mec4j.model.common.ProblemDetails;
import io.mec4j.model.mp1.AppInfo;
import io.mec4j.model.mp1.AppReadyConfirmation;
import io.mec4j.model.mp1.AppTerminationConfirmation;
import io.mec4j.model.mp1.AppTerminationNotification;
import io.mec4j.model.mp1.AppTerminationNotificationLinks;
import io.mec4j.model.mp1.AppTerminationNotificationSubscription;
import io.mec4j.model.mp1.ChangeType;
import io.mec4j.model.mp1.CurrentTime;
import io.mec4j.model.mp1.DnsRule;
import io.mec4j.model.mp1.FilteringCriteria;
import io.mec4j.model.mp1.OperationActionType;
import io.mec4j.model.mp1.RuleState;
import io.mec4j.model.mp1.SerAvailabilityNotificationSubscription;
import io.mec4j.model.mp1.ServiceAvailabilityNotification;
import io.mec4j.model.mp1.ServiceInfo;
import io.mec4j.model.mp1.ServiceInfoLinks;
import io.mec4j.model.mp1.ServiceLivenessInfo;
import io.mec4j.model.mp1.ServiceLivenessUpdate;
import io.mec4j.model.mp1.ServiceReferences;
import io.mec4j.model.mp1.ServiceState;
import io.mec4j.model.mp1.SubscriptionLink;
import io.mec4j.model.mp1.SubscriptionLinkList;
import io.mec4j.model.mp1.SubscriptionLinkListLinks;
import io.mec4j.model.mp1.TimeSourceStatus;
import io.mec4j.model.mp1.TimingCaps;
import io.mec4j.model.mp1.TrafficRule;
import io.mec4j.model.mp1.TransportInfo;
import io.mec4j.platform.internal.BeanValidation;
import io.mec4j.platform.internal.Callbacks;
import io.mec4j.platform.internal.Workers;
import io.mec4j.platform.mep.Entries.DnsRuleEntry;
import io.mec4j.platform.mep.Entries.Registration;
import io.mec4j.platform.mep.Entries.SerSubEntry;
import io.mec4j.platform.mep.Entries.ServiceEntry;
import io.mec4j.platform.mep.Entries.TermSubEntry;
import io.mec4j.platform.mep.Entries.TrafficRuleEntry;
import io.mec4j.platform.notify.DeliveryPolicy;
import io.mec4j.platform.notify.NotificationDispatcher;
import io.mec4j.platform.spi.Authorizer;
import io.mec4j.platform.spi.Caller;
import io.mec4j.platform.spi.DataPlane;
import io.mec4j.platform.spi.DnsBackend;
import io.mec4j.platform.spi.HmacTokenAuthorizer;
import io.mec4j.platform.spi.InMemoryStore;
import io.mec4j.platform.spi.JdkHttpNotificationSender;
import io.mec4j.platform.spi.NotificationSender;
import io.mec4j.platform.spi.RecordingDataPlane;
import io.mec4j.platform.spi.RecordingDnsBackend;
import io.mec4j.platform.spi.StaleVersionException;
import io.mec4j.platform.spi.Store;
import io.mec4j.platform.spi.StoreTable;
import io.mec4j.platform.spi.Versioned;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MEC platform engine: MEC 011 service management and application support as a Java API.
 *
 * <p>Every Mp1 operation takes the {@link Caller} that makes it; an application instance may read shared information
 * (services, transports, timing) and change only what it owns (its services, subscriptions, rules, registration),
 * otherwise the call fails with {@link MecForbiddenException}. Failures are {@link MecServiceException}s that the
 * HTTP binding writes as {@code ProblemDetails}.
 *
 * <p>Service availability and application termination notifications are delivered at least once, in order, per
 * subscription ({@link NotificationDispatcher}). Traffic and DNS rules are enforced through the {@link DataPlane}
 * and {@link DnsBackend} SPIs. Services that send heartbeats are {@code SUSPENDED} when the beats stop and {@code
 * ACTIVE} again when they resume.
 *
 * <pre>{@code
 * try (MecPlatform platform = MecPlatform.builder().build()) {
 *   platform.provisionApp(AppProvisioning.builder("app-1", "video-analytics").build());
 *   ServiceInfo rnis = platform.registerService(Caller.app("app-1"), "app-1", info).value();
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class MecPlatform implements AutoCloseable {

  /** Path prefix of the MEC 011 service management API. */
  public static final String SERVICE_MGMT_PATH = "/mec_service_mgmt/v1";

  /** Path prefix of the MEC 011 application support API. */
  public static final String APP_SUPPORT_PATH = "/mec_app_support/v1";

  /** Id of the platform's own REST-over-HTTP transport, always listed by {@code GET /transports}. */
  public static final String PLATFORM_TRANSPORT_ID = "mec4j-rest-http";

  static final String SER_AVAILABILITY_SUBSCRIPTION = "SerAvailabilityNotificationSubscription";
  static final String SER_AVAILABILITY_NOTIFICATION = "SerAvailabilityNotification";
  static final String APP_TERMINATION_SUBSCRIPTION = "AppTerminationNotificationSubscription";
  static final String APP_TERMINATION_NOTIFICATION = "AppTerminationNotification";

  private static final Logger LOG = LoggerFactory.getLogger(MecPlatform.class);

  /** How a requested termination ended. */
  public enum TerminationOutcome {
    /** The application confirmed ({@code confirm_termination}). */
    CONFIRMED,
    /** The application did not confirm within the graceful timeout. */
    TIMED_OUT,
    /** The application had no termination subscription, so there was nobody to wait for. */
    NOT_SUBSCRIBED
  }

  private final Clock clock;
  private final Store store;
  private final DataPlane dataPlane;
  private final DnsBackend dnsBackend;
  private final Authorizer authorizer;
  private final NotificationSender sender;
  private final NotificationDispatcher dispatcher;
  private final ScheduledExecutorService scheduler;
  private final boolean ownsScheduler;
  private final List<TransportInfo> transports;
  private final @Nullable TimingCaps timingCaps;
  private final Duration defaultLivenessInterval;
  private final double livenessTolerance;
  private final Duration ruleTimeout;
  private final AtomicReference<@Nullable URI> baseUri = new AtomicReference<>();
  private final @Nullable ScheduledFuture<?> livenessTask;

  private final StoreTable<AppInstance> apps;
  private final StoreTable<ServiceEntry> services;
  private final StoreTable<SerSubEntry> serSubs;
  private final StoreTable<TermSubEntry> termSubs;
  private final StoreTable<TrafficRuleEntry> trafficRules;
  private final StoreTable<DnsRuleEntry> dnsRules;
  private final StoreTable<Registration> registrations;

  private final Object serviceLock = new Object();
  private final Object ruleLock = new Object();
  private final Map<String, CompletableFuture<Void>> readiness = new ConcurrentHashMap<>();
  private final Map<String, PendingTermination> terminations = new ConcurrentHashMap<>();
  private final List<Consumer<ServiceReferences>> serviceListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

  private record PendingTermination(OperationActionType action, CompletableFuture<TerminationOutcome> outcome) {}

  private MecPlatform(Builder b) {
    this.clock = b.clock;
    this.store = b.store != null ? b.store : new InMemoryStore();
    this.dataPlane = b.dataPlane != null ? b.dataPlane : new RecordingDataPlane();
    this.dnsBackend = b.dnsBackend != null ? b.dnsBackend : new RecordingDnsBackend();
    this.authorizer = b.authorizer != null ? b.authorizer : new HmacTokenAuthorizer(clock, Duration.ofHours(24));
    this.ownsScheduler = b.scheduler == null;
    this.scheduler = b.scheduler != null ? b.scheduler
        : Executors.newScheduledThreadPool(2, Workers.daemonThreads("mec4j-platform"));
    this.sender = b.sender != null ? b.sender : new JdkHttpNotificationSender(Workers.newBlockingExecutor("mec4j-notify"));
    this.dispatcher = new NotificationDispatcher(sender, scheduler, b.deliveryPolicy, clock);
    this.transports = List.copyOf(b.transports);
    this.timingCaps = b.timingCaps;
    this.defaultLivenessInterval = b.defaultLivenessInterval;
    this.livenessTolerance = b.livenessTolerance;
    this.ruleTimeout = b.ruleTimeout;
    this.baseUri.set(b.baseUri);
    this.apps = store.table("mp1.apps", AppInstance.class);
    this.services = store.table("mp1.services", ServiceEntry.class);
    this.serSubs = store.table("mp1.serAvailabilitySubscriptions", SerSubEntry.class);
    this.termSubs = store.table("mp1.appTerminationSubscriptions", TermSubEntry.class);
    this.trafficRules = store.table("mp1.trafficRules", TrafficRuleEntry.class);
    this.dnsRules = store.table("mp1.dnsRules", DnsRuleEntry.class);
    this.registrations = store.table("mp1.registrations", Registration.class);
    this.livenessTask = b.livenessCheckPeriod.isZero() ? null : scheduler.scheduleWithFixedDelay(
        this::checkLivenessSafely, b.livenessCheckPeriod.toMillis(), b.livenessCheckPeriod.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * A builder with defaults: in-memory store, recording data plane and DNS, signed-token authorization, the system
   * clock, HTTP notification delivery.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------------------------------------ wiring

  /**
   * Authenticates a request's {@code Authorization} header with the configured {@link Authorizer}.
   *
   * @param authorizationHeader the header or {@code null}
   * @return the caller
   */
  public Caller authenticate(@Nullable String authorizationHeader) {
    return authorizer.authenticate(authorizationHeader);
  }

  /**
   * The authorizer, e.g. to issue tokens.
   *
   * @return the authorizer
   */
  public Authorizer authorizer() {
    return authorizer;
  }

  /**
   * Sets where the Mp1 APIs are reachable (scheme, host, port), used in links and notifications. The HTTP binding
   * sets it when its server starts, unless it was configured.
   *
   * @param uri e.g. {@code http://127.0.0.1:8080}
   */
  public void baseUri(URI uri) {
    baseUri.compareAndSet(null, Objects.requireNonNull(uri, "uri"));
  }

  /**
   * Where the Mp1 APIs are reachable.
   *
   * @return the base URI
   * @throws IllegalStateException before one is set
   */
  public URI baseUri() {
    URI u = baseUri.get();
    if (u == null) {
      throw new IllegalStateException("The platform's base URI is not set: start its HTTP binding or set baseUri");
    }
    return u;
  }

  /**
   * Delivery counters of the notification machinery.
   *
   * @return a snapshot
   */
  public NotificationDispatcher.Stats notificationStats() {
    return dispatcher.stats();
  }

  /**
   * Listens to every service availability change on this platform (in-process, synchronous, after the change).
   * Used by federation and tests.
   *
   * @param listener receives one reference per change
   */
  public void onServiceChange(Consumer<ServiceReferences> listener) {
    serviceListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  private String smBase() {
    return baseUri() + SERVICE_MGMT_PATH;
  }

  private String asBase() {
    return baseUri() + APP_SUPPORT_PATH;
  }

  // ------------------------------------------------------------------------------------------------ provisioning (Mm5)

  /**
   * Tells the platform about a new application instance and enforces its active traffic and DNS rules.
   *
   * @param p the provisioning
   * @return the known instance
   * @throws MecConflictException when the instance is already known
   */
  public AppInstance provisionApp(AppProvisioning p) {
    Objects.requireNonNull(p, "p");
    AppInstance app = new AppInstance(p.appInstanceId(), p.appName(), p.appProvider(), p.appDId(),
        p.requiredServices(), AppInstance.State.PROVISIONED, clock.instant());
    try {
      apps.insert(app.appInstanceId(), app);
    } catch (IllegalStateException e) {
      throw new MecConflictException("Application instance " + p.appInstanceId() + " is already provisioned");
    }
    for (TrafficRule r : p.trafficRules()) {
      BeanValidation.check(r, "TrafficRule");
      trafficRules.insert(Entries.ruleKey(app.appInstanceId(), r.trafficRuleId()), new TrafficRuleEntry(
          app.appInstanceId(), r));
      if (r.state() == RuleState.ACTIVE) {
        await(dataPlane.activate(app.appInstanceId(), r), "data plane");
      }
    }
    for (DnsRule r : p.dnsRules()) {
      BeanValidation.check(r, "DnsRule");
      dnsRules.insert(Entries.ruleKey(app.appInstanceId(), r.dnsRuleId()), new DnsRuleEntry(app.appInstanceId(), r));
      if (r.state() == RuleState.ACTIVE) {
        await(dnsBackend.activate(app.appInstanceId(), r), "DNS backend");
      }
    }
    LOG.info("Provisioned application instance {} ({})", app.appInstanceId(), app.appName());
    return app;
  }

  /**
   * An application instance, if known.
   *
   * @param appInstanceId the id
   * @return the instance or empty
   */
  public Optional<AppInstance> findApp(String appInstanceId) {
    return apps.find(appInstanceId).map(Versioned::value);
  }

  /**
   * Every known application instance.
   *
   * @return a snapshot
   */
  public List<AppInstance> apps() {
    return apps.list().stream().map(Versioned::value).toList();
  }

  /**
   * Issues a bearer token for an application instance (with the default authorizer).
   *
   * @param appInstanceId a known application instance
   * @return the token
   */
  public String issueToken(String appInstanceId) {
    requireApp(appInstanceId);
    return authorizer.issueToken(appInstanceId);
  }

  /**
   * Completes when the application confirms it is ready ({@code confirm_ready}); at once if it already did.
   *
   * @param appInstanceId the application instance
   * @return the future
   */
  public CompletableFuture<Void> awaitReady(String appInstanceId) {
    AppInstance app = requireApp(appInstanceId);
    CompletableFuture<Void> f = readiness.computeIfAbsent(appInstanceId, k -> new CompletableFuture<>());
    if (app.state() == AppInstance.State.READY) {
      f.complete(null);
    }
    return f;
  }

  /**
   * Asks an application to terminate (or stop) gracefully: sends its termination subscribers an {@code
   * AppTerminationNotification} and completes when it confirms, when {@code maxGracefulTimeout} passes, or at once
   * when it has no termination subscription. The instance itself is removed with {@link #removeApp}.
   *
   * @param appInstanceId the application instance
   * @param action TERMINATING or STOPPING
   * @param maxGracefulTimeout how long the application has to confirm
   * @return the outcome
   */
  public CompletableFuture<TerminationOutcome> requestTermination(String appInstanceId, OperationActionType action,
      Duration maxGracefulTimeout) {
    AppInstance app = requireApp(appInstanceId);
    List<Versioned<TermSubEntry>> subs = termSubs.list().stream()
        .filter(s -> s.value().owner().equals(appInstanceId)).toList();
    if (subs.isEmpty()) {
      return CompletableFuture.completedFuture(TerminationOutcome.NOT_SUBSCRIBED);
    }
    CompletableFuture<TerminationOutcome> outcome = new CompletableFuture<>();
    PendingTermination previous = terminations.put(appInstanceId, new PendingTermination(action, outcome));
    if (previous != null) {
      previous.outcome().complete(TerminationOutcome.TIMED_OUT);
    }
    apps.update(appInstanceId, app.withState(AppInstance.State.TERMINATING), StoreTable.ANY_VERSION);
    long seconds = Math.max(1, maxGracefulTimeout.toSeconds());
    for (Versioned<TermSubEntry> s : subs) {
      AppTerminationNotification n = new AppTerminationNotification(APP_TERMINATION_NOTIFICATION, action, seconds,
          new AppTerminationNotificationLinks(new LinkType(termSubHref(appInstanceId, s.id())),
              new LinkType(asBase() + "/applications/" + appInstanceId + "/confirm_termination")));
      dispatcher.enqueue("mp1.term." + s.id(), URI.create(s.value().sub().callbackReference()), MecJson.writeBytes(n));
    }
    ScheduledFuture<?> timer = scheduler.schedule(() -> {
      terminations.remove(appInstanceId, new PendingTermination(action, outcome));
      outcome.complete(TerminationOutcome.TIMED_OUT);
    }, maxGracefulTimeout.toMillis(), TimeUnit.MILLISECONDS);
    outcome.whenComplete((o, e) -> timer.cancel(false));
    return outcome;
  }

  /**
   * Forgets an application instance: its services are deregistered (subscribers notified), its rules removed from
   * the data plane and DNS, its subscriptions and registration deleted.
   *
   * @param appInstanceId the application instance
   */
  public void removeApp(String appInstanceId) {
    requireApp(appInstanceId);
    for (Versioned<ServiceEntry> s : services.list()) {
      if (s.value().owner().equals(appInstanceId)) {
        deleteService(s);
      }
    }
    for (Versioned<TrafficRuleEntry> r : trafficRules.list()) {
      if (r.value().owner().equals(appInstanceId)) {
        trafficRules.delete(r.id());
        await(dataPlane.deactivate(appInstanceId, r.value().rule().trafficRuleId()), "data plane");
      }
    }
    for (Versioned<DnsRuleEntry> r : dnsRules.list()) {
      if (r.value().owner().equals(appInstanceId)) {
        dnsRules.delete(r.id());
        await(dnsBackend.deactivate(appInstanceId, r.value().rule().dnsRuleId()), "DNS backend");
      }
    }
    for (Versioned<SerSubEntry> s : serSubs.list()) {
      if (s.value().owner().equals(appInstanceId)) {
        serSubs.delete(s.id());
        dispatcher.cancel("mp1.sa." + s.id());
      }
    }
    for (Versioned<TermSubEntry> s : termSubs.list()) {
      if (s.value().owner().equals(appInstanceId)) {
        termSubs.delete(s.id());
      }
    }
    registrations.delete(appInstanceId);
    readiness.remove(appInstanceId);
    PendingTermination t = terminations.remove(appInstanceId);
    if (t != null) {
      t.outcome().complete(TerminationOutcome.TIMED_OUT);
    }
    apps.delete(appInstanceId);
    LOG.info("Removed application instance {}", appInstanceId);
  }

  private AppInstance requireApp(String appInstanceId) {
    return apps.find(appInstanceId).map(Versioned::value).orElseThrow(() -> new MecNotFoundException(
        "Unknown application instance " + appInstanceId + ": it must be instantiated by the orchestrator or"
            + " registered (POST /mec_app_support/v1/registrations) first"));
  }

  private AppInstance appFor(Caller caller, String appInstanceId) {
    return appFor(caller, appInstanceId, false);
  }

  /**
   * The app a caller acts on: checks ownership; in open mode, an unknown app that registers a service or subscribes
   * is provisioned on the fly (reads of unknown apps stay 404).
   */
  private AppInstance appFor(Caller caller, String appInstanceId, boolean provisionInOpenMode) {
    if (!caller.mayActFor(appInstanceId)) {
      throw new MecForbiddenException("Application instance " + caller.appInstanceId()
          + " may not act for application instance " + appInstanceId);
    }
    Optional<Versioned<AppInstance>> app = apps.find(appInstanceId);
    if (app.isPresent()) {
      return app.get().value();
    }
    if (provisionInOpenMode && caller.kind() == Caller.Kind.OPEN && !appInstanceId.isBlank()
        && !appInstanceId.contains("/")) {
      AppInstance created = new AppInstance(appInstanceId, appInstanceId, null, null, null,
          AppInstance.State.PROVISIONED, clock.instant());
      try {
        apps.insert(appInstanceId, created);
      } catch (IllegalStateException raced) {
        // another request provisioned it first
      }
      return apps.find(appInstanceId).map(Versioned::value).orElse(created);
    }
    return requireApp(appInstanceId);
  }

  // ------------------------------------------------------------------------------------------------ services

  /**
   * Services available on this platform ({@code GET /services}).
   *
   * @param caller the caller (any authenticated caller)
   * @param query the filters
   * @return the matching services, with links
   */
  public List<ServiceInfo> services(Caller caller, ServiceQuery query) {
    Objects.requireNonNull(caller, "caller");
    List<ServiceInfo> out = new ArrayList<>();
    for (Versioned<ServiceEntry> e : services.list()) {
      ServiceInfo s = withLinks(e.value());
      if (query.matches(s, true)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * A number that changes whenever any service changes, for caches of service listings.
   *
   * @return the registry's modification count
   */
  public long servicesVersion() {
    return services.modificationCount();
  }

  /**
   * One service ({@code GET /services/{serviceId}}).
   *
   * @param caller the caller
   * @param serviceId the service instance id
   * @return the service with its version
   */
  public Versioned<ServiceInfo> service(Caller caller, String serviceId) {
    Objects.requireNonNull(caller, "caller");
    Versioned<ServiceEntry> e = requireService(serviceId);
    return new Versioned<>(e.id(), withLinks(e.value()), e.version());
  }

  /**
   * The services an application instance produces ({@code GET /applications/{id}/services}).
   *
   * @param caller the caller
   * @param appInstanceId the producing application instance
   * @param query the filters
   * @return its services
   */
  public List<ServiceInfo> appServices(Caller caller, String appInstanceId, ServiceQuery query) {
    appFor(caller, appInstanceId);
    List<ServiceInfo> out = new ArrayList<>();
    for (Versioned<ServiceEntry> e : services.list()) {
      if (e.value().owner().equals(appInstanceId)) {
        ServiceInfo s = withLinks(e.value());
        if (query.matches(s, true)) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /**
   * One service of an application instance ({@code GET /applications/{id}/services/{serviceId}}).
   *
   * @param caller the caller
   * @param appInstanceId the producing application instance
   * @param serviceId the service instance id
   * @return the service with its version
   */
  public Versioned<ServiceInfo> appService(Caller caller, String appInstanceId, String serviceId) {
    appFor(caller, appInstanceId);
    Versioned<ServiceEntry> e = requireOwnService(appInstanceId, serviceId);
    return new Versioned<>(e.id(), withLinks(e.value()), e.version());
  }

  /**
   * Platform-provided transports ({@code GET /transports}).
   *
   * @param caller the caller
   * @return the transports
   */
  public List<TransportInfo> transports(Caller caller) {
    Objects.requireNonNull(caller, "caller");
    return transports.stream().map(this::resolved).toList();
  }

  /** The platform's own transport is reached at the platform's base URI, known once the binding started. */
  private TransportInfo resolved(TransportInfo t) {
    if (!PLATFORM_TRANSPORT_ID.equals(t.id()) || baseUri.get() == null) {
      return t;
    }
    return t.toBuilder().endpoint(new EndPointInfo(List.of(baseUri().toString()), null, null, null)).build();
  }

  /**
   * Registers a service an application instance produces ({@code POST /applications/{id}/services}).
   *
   * <p>The platform assigns {@code serInstanceId}; the body must not carry one. Exactly one of {@code transportId}
   * (a platform-provided transport) and {@code transportInfo} is required. An application registers a given service
   * name once; it changes it with {@link #updateService}. When the request proposes a {@code livenessInterval}, the
   * platform expects heartbeats and links the liveness resource.
   *
   * @param caller the caller
   * @param appInstanceId the producing application instance
   * @param info the service
   * @return the registered service with its links and version
   */
  public Versioned<ServiceInfo> registerService(Caller caller, String appInstanceId, ServiceInfo info) {
    appFor(caller, appInstanceId, true);
    BeanValidation.check(info, "ServiceInfo");
    if (info.serInstanceId() != null) {
      throw new MecBadRequestException("serInstanceId is assigned by the MEC platform: leave it out of the request");
    }
    TransportInfo transport = resolveTransport(info);
    Integer liveness = livenessInterval(info);
    String id = UUID.randomUUID().toString();
    ServiceInfo stored = stored(info, id, transport, liveness);
    Versioned<ServiceEntry> v;
    synchronized (serviceLock) {
      for (Versioned<ServiceEntry> e : services.list()) {
        if (e.value().owner().equals(appInstanceId) && e.value().info().serName().equals(info.serName())) {
          throw new MecConflictException("Application instance " + appInstanceId + " already registered service "
              + info.serName() + " as " + e.id() + "; update it with PUT instead");
        }
      }
      v = services.insert(id, new ServiceEntry(appInstanceId, stored, liveness,
          liveness == null ? null : clock.millis(), false));
      notifyServiceChange(v.value(), ChangeType.ADDED);
    }
    LOG.info("Application instance {} registered service {} ({})", appInstanceId, info.serName(), id);
    return new Versioned<>(id, withLinks(v.value()), v.version());
  }

  /**
   * The heartbeat interval the platform takes for a registered or updated service: none when it proposes none, the
   * platform default when it proposes 0, its own proposal otherwise.
   */
  private @Nullable Integer livenessInterval(ServiceInfo info) {
    Integer proposed = info.livenessInterval();
    if (proposed == null) {
      return null;
    }
    if (proposed < 0) {
      throw new MecBadRequestException("livenessInterval must be zero or positive, was " + proposed);
    }
    return proposed > 0 ? proposed : (int) defaultLivenessInterval.toSeconds();
  }

  /** A service as the registry keeps it: platform-assigned id, resolved transport, local, no links. */
  private static ServiceInfo stored(ServiceInfo info, String id, TransportInfo transport, @Nullable Integer liveness) {
    return info.toBuilder().serInstanceId(id).transportId(null).transportInfo(transport).isLocal(Boolean.TRUE)
        .livenessInterval(liveness).links(null).build();
  }

  private TransportInfo resolveTransport(ServiceInfo info) {
    if ((info.transportId() == null) == (info.transportInfo() == null)) {
      throw new MecBadRequestException(
          "Give exactly one of transportId (a platform-provided transport, see GET /transports) and transportInfo");
    }
    if (info.transportInfo() != null) {
      return info.transportInfo();
    }
    return transports.stream().filter(t -> t.id().equals(info.transportId())).map(this::resolved).findFirst()
        .orElseThrow(() -> new MecBadRequestException("Unknown transportId " + info.transportId()
            + "; GET /transports lists the platform-provided transports"));
  }

  /**
   * Updates a service ({@code PUT /applications/{id}/services/{serviceId}}). The service name cannot change.
   *
   * @param caller the caller
   * @param appInstanceId the producing application instance
   * @param serviceId the service instance id
   * @param info the new representation; its {@code serInstanceId}, when present, must be {@code serviceId}
   * @param expectedVersion the version from the {@code If-Match} ETag, or {@link StoreTable#ANY_VERSION}
   * @return the updated service
   */
  public Versioned<ServiceInfo> updateService(Caller caller, String appInstanceId, String serviceId, ServiceInfo info,
      long expectedVersion) {
    appFor(caller, appInstanceId);
    BeanValidation.check(info, "ServiceInfo");
    if (info.serInstanceId() != null && !info.serInstanceId().equals(serviceId)) {
      throw new MecBadRequestException("serInstanceId " + info.serInstanceId() + " does not match the resource "
          + serviceId);
    }
    TransportInfo transport = resolveTransport(info);
    synchronized (serviceLock) {
      Versioned<ServiceEntry> current = requireOwnService(appInstanceId, serviceId);
      ServiceInfo old = current.value().info();
      if (!old.serName().equals(info.serName())) {
        throw new MecBadRequestException("serName cannot change (was " + old.serName() + "); register a new service");
      }
      Integer liveness = livenessInterval(info);
      ServiceInfo stored = stored(info, serviceId, transport, liveness);
      Versioned<ServiceEntry> v;
      try {
        v = services.update(serviceId, new ServiceEntry(appInstanceId, stored, liveness,
            current.value().lastHeartbeatMillis() != null ? current.value().lastHeartbeatMillis()
                : liveness == null ? null : clock.millis(), false), expectedVersion)
            .orElseThrow(() -> notFoundService(serviceId));
      } catch (StaleVersionException e) {
        throw new MecPreconditionFailedException("Service " + serviceId + " changed since you read it (ETag \""
            + e.actual() + "\"): GET it again and retry");
      }
      if (!old.equals(stored)) {
        ServiceInfo oldNoState = old.toBuilder().state(stored.state()).build();
        notifyServiceChange(v.value(), oldNoState.equals(stored) ? ChangeType.STATE_CHANGED
            : ChangeType.ATTRIBUTES_CHANGED);
      }
      return new Versioned<>(serviceId, withLinks(v.value()), v.version());
    }
  }

  /**
   * Deregisters a service ({@code DELETE /applications/{id}/services/{serviceId}}).
   *
   * @param caller the caller
   * @param appInstanceId the producing application instance
   * @param serviceId the service instance id
   */
  public void deregisterService(Caller caller, String appInstanceId, String serviceId) {
    appFor(caller, appInstanceId);
    synchronized (serviceLock) {
      deleteService(requireOwnService(appInstanceId, serviceId));
    }
  }

  private void deleteService(Versioned<ServiceEntry> e) {
    synchronized (serviceLock) {
      if (services.delete(e.id()).isPresent()) {
        notifyServiceChange(e.value(), ChangeType.REMOVED);
        LOG.info("Service {} ({}) deregistered", e.value().info().serName(), e.id());
      }
    }
  }

  private Versioned<ServiceEntry> requireService(String serviceId) {
    return services.find(serviceId).orElseThrow(() -> notFoundService(serviceId));
  }

  private Versioned<ServiceEntry> requireOwnService(String appInstanceId, String serviceId) {
    Versioned<ServiceEntry> e = requireService(serviceId);
    if (!e.value().owner().equals(appInstanceId)) {
      throw new MecNotFoundException("Application instance " + appInstanceId + " has no service " + serviceId);
    }
    return e;
  }

  private static MecNotFoundException notFoundService(String serviceId) {
    return new MecNotFoundException("No service " + serviceId + " is registered");
  }

  private ServiceInfo withLinks(ServiceEntry e) {
    String self = smBase() + "/services/" + e.info().serInstanceId();
    return e.info().toBuilder().links(new ServiceInfoLinks(new LinkType(self),
        e.livenessInterval() == null ? null : new LinkType(self + "/liveness"))).build();
  }

  // ------------------------------------------------------------------------------------------------ liveness

  /**
   * The liveness of a service that sends heartbeats ({@code GET} on its liveness link).
   *
   * @param caller the caller; only the producing application
   * @param serviceId the service instance id
   * @return its liveness
   */
  public ServiceLivenessInfo liveness(Caller caller, String serviceId) {
    ServiceEntry e = livenessEntry(caller, serviceId).value();
    long last = Objects.requireNonNull(e.lastHeartbeatMillis());
    return new ServiceLivenessInfo(e.info().state(), timeStamp(Instant.ofEpochMilli(last)),
        Objects.requireNonNull(e.livenessInterval()));
  }

  /**
   * A heartbeat ({@code PATCH} on the liveness link with {@code {"state":"ACTIVE"}}). A service suspended for missed
   * heartbeats becomes {@code ACTIVE} again, and its subscribers learn it.
   *
   * @param caller the caller; only the producing application
   * @param serviceId the service instance id
   * @param update the update; its state must be {@code ACTIVE}
   */
  public void heartbeat(Caller caller, String serviceId, ServiceLivenessUpdate update) {
    BeanValidation.check(update, "ServiceLivenessUpdate");
    if (update.state() != ServiceState.ACTIVE) {
      throw new MecBadRequestException("A heartbeat sets state ACTIVE, was " + update.state());
    }
    synchronized (serviceLock) {
      Versioned<ServiceEntry> v = livenessEntry(caller, serviceId);
      ServiceEntry e = v.value();
      boolean resume = e.suspendedByLiveness();
      ServiceInfo info = resume ? e.info().toBuilder().state(ServiceState.ACTIVE).build() : e.info();
      ServiceEntry next = new ServiceEntry(e.owner(), info, e.livenessInterval(), clock.millis(), false);
      services.update(serviceId, next, StoreTable.ANY_VERSION);
      if (resume) {
        LOG.info("Service {} ({}) resumed heartbeats: ACTIVE", info.serName(), serviceId);
        notifyServiceChange(next, ChangeType.STATE_CHANGED);
      }
    }
  }

  private Versioned<ServiceEntry> livenessEntry(Caller caller, String serviceId) {
    Versioned<ServiceEntry> v = requireService(serviceId);
    if (!caller.mayActFor(v.value().owner())) {
      throw new MecForbiddenException("Only the application instance that produces service " + serviceId
          + " may read or update its liveness");
    }
    if (v.value().livenessInterval() == null) {
      throw new MecNotFoundException("Service " + serviceId + " does not send heartbeats: register it with a"
          + " livenessInterval to get a liveness resource");
    }
    return v;
  }

  /**
   * Suspends every service whose heartbeats stopped (none for longer than {@code livenessTolerance} intervals) and
   * notifies its subscribers. Runs periodically; tests with a controlled clock call it directly.
   *
   * @return how many services were suspended by this check
   */
  public int checkLiveness() {
    long now = clock.millis();
    int suspended = 0;
    synchronized (serviceLock) {
      for (Versioned<ServiceEntry> v : services.list()) {
        ServiceEntry e = v.value();
        if (e.livenessInterval() == null || e.lastHeartbeatMillis() == null || e.suspendedByLiveness()
            || e.info().state() != ServiceState.ACTIVE) {
          continue;
        }
        long allowed = (long) (e.livenessInterval() * 1000L * livenessTolerance);
        if (now - e.lastHeartbeatMillis() > allowed) {
          ServiceEntry next = new ServiceEntry(e.owner(), e.info().toBuilder().state(ServiceState.SUSPENDED).build(),
              e.livenessInterval(), e.lastHeartbeatMillis(), true);
          services.update(v.id(), next, StoreTable.ANY_VERSION);
          LOG.info("Service {} ({}) missed its heartbeats: SUSPENDED", e.info().serName(), v.id());
          notifyServiceChange(next, ChangeType.STATE_CHANGED);
          suspended++;
        }
      }
    }
    return suspended;
  }

  private void checkLivenessSafely() {
    try {
      checkLiveness();
    } catch (RuntimeException e) {
      LOG.warn("Liveness check failed", e);
    }
  }

  // ------------------------------------------------------------------------------------------------ availability subscriptions

  /**
   * The service availability subscriptions of an application instance.
   *
   * @param caller the caller
   * @param appInstanceId the subscriber
   * @return the link list
   */
  public SubscriptionLinkList serviceSubscriptions(Caller caller, String appInstanceId) {
    appFor(caller, appInstanceId);
    List<SubscriptionLink> links = serSubs.list().stream().filter(s -> s.value().owner().equals(appInstanceId))
        .map(s -> new SubscriptionLink(serSubHref(appInstanceId, s.id()), SER_AVAILABILITY_SUBSCRIPTION)).toList();
    return new SubscriptionLinkList(new SubscriptionLinkListLinks(
        new LinkType(smBase() + "/applications/" + appInstanceId + "/subscriptions"), links));
  }

  /**
   * Subscribes to service availability notifications.
   *
   * @param caller the caller
   * @param appInstanceId the subscriber
   * @param sub the subscription; {@code subscriptionType} must be {@code SerAvailabilityNotificationSubscription}
   * @return the created subscription with its self link
   */
  public Versioned<SerAvailabilityNotificationSubscription> subscribeServiceAvailability(Caller caller,
      String appInstanceId, SerAvailabilityNotificationSubscription sub) {
    appFor(caller, appInstanceId, true);
    BeanValidation.check(sub, "SerAvailabilityNotificationSubscription");
    if (!SER_AVAILABILITY_SUBSCRIPTION.equals(sub.subscriptionType())) {
      throw new MecBadRequestException("subscriptionType must be " + SER_AVAILABILITY_SUBSCRIPTION + ", was "
          + sub.subscriptionType());
    }
    Callbacks.check(sub.callbackReference());
    FilteringCriteria f = sub.filteringCriteria();
    if (f != null) {
      int n = (f.serInstanceIds() == null || f.serInstanceIds().isEmpty() ? 0 : 1)
          + (f.serNames() == null || f.serNames().isEmpty() ? 0 : 1)
          + (f.serCategories() == null || f.serCategories().isEmpty() ? 0 : 1);
      if (n > 1) {
        throw new MecBadRequestException("filteringCriteria: serInstanceIds, serNames and serCategories are"
            + " mutually exclusive; give only one of them");
      }
    }
    String id = UUID.randomUUID().toString();
    SerAvailabilityNotificationSubscription stored = new SerAvailabilityNotificationSubscription(
        SER_AVAILABILITY_SUBSCRIPTION, sub.callbackReference(), null, sub.filteringCriteria());
    Versioned<SerSubEntry> v = serSubs.insert(id, new SerSubEntry(appInstanceId, stored));
    return new Versioned<>(id, withSelf(stored, serSubHref(appInstanceId, id)), v.version());
  }

  /**
   * One service availability subscription.
   *
   * @param caller the caller
   * @param appInstanceId the subscriber
   * @param subscriptionId the subscription id
   * @return the subscription
   */
  public SerAvailabilityNotificationSubscription serviceSubscription(Caller caller, String appInstanceId,
      String subscriptionId) {
    appFor(caller, appInstanceId);
    SerSubEntry e = serSubs.find(subscriptionId).filter(s -> s.value().owner().equals(appInstanceId))
        .orElseThrow(() -> noSubscription(appInstanceId, subscriptionId)).value();
    return withSelf(e.sub(), serSubHref(appInstanceId, subscriptionId));
  }

  /**
   * Deletes a service availability subscription; pending notifications are dropped.
   *
   * @param caller the caller
   * @param appInstanceId the subscriber
   * @param subscriptionId the subscription id
   */
  public void unsubscribeServiceAvailability(Caller caller, String appInstanceId, String subscriptionId) {
    appFor(caller, appInstanceId);
    serSubs.find(subscriptionId).filter(s -> s.value().owner().equals(appInstanceId))
        .orElseThrow(() -> noSubscription(appInstanceId, subscriptionId));
    serSubs.delete(subscriptionId);
    dispatcher.cancel("mp1.sa." + subscriptionId);
  }

  private static SerAvailabilityNotificationSubscription withSelf(SerAvailabilityNotificationSubscription s,
      String href) {
    return new SerAvailabilityNotificationSubscription(s.subscriptionType(), s.callbackReference(),
        new SelfLinks(new LinkType(href)), s.filteringCriteria());
  }

  private String serSubHref(String app, String id) {
    return smBase() + "/applications/" + app + "/subscriptions/" + id;
  }

  private static MecNotFoundException noSubscription(String app, String id) {
    return new MecNotFoundException("Application instance " + app + " has no subscription " + id);
  }

  private void notifyServiceChange(ServiceEntry e, ChangeType change) {
    ServiceInfo s = e.info();
    ServiceReferences ref = new ServiceReferences(
        change == ChangeType.REMOVED ? null : new LinkType(smBase() + "/services/" + s.serInstanceId()),
        s.serName(), Objects.requireNonNull(s.serInstanceId()), s.state(), change);
    for (Versioned<SerSubEntry> v : serSubs.list()) {
      FilteringCriteria f = v.value().sub().filteringCriteria();
      if (f != null && !matches(f, s)) {
        continue;
      }
      ServiceAvailabilityNotification n = new ServiceAvailabilityNotification(SER_AVAILABILITY_NOTIFICATION,
          List.of(ref), new SubscriptionLinks(new LinkType(serSubHref(v.value().owner(), v.id()))));
      dispatcher.enqueue("mp1.sa." + v.id(), URI.create(v.value().sub().callbackReference()), MecJson.writeBytes(n));
    }
    for (Consumer<ServiceReferences> l : serviceListeners) {
      try {
        l.accept(ref);
      } catch (RuntimeException ex) {
        LOG.warn("Service change listener failed", ex);
      }
    }
  }

  private static boolean matches(FilteringCriteria f, ServiceInfo s) {
    if (f.serInstanceIds() != null && !f.serInstanceIds().isEmpty() && !f.serInstanceIds().contains(s.serInstanceId())) {
      return false;
    }
    if (f.serNames() != null && !f.serNames().isEmpty() && !f.serNames().contains(s.serName())) {
      return false;
    }
    if (f.serCategories() != null && !f.serCategories().isEmpty()
        && (s.serCategory() == null || f.serCategories().stream().noneMatch(c -> c.id().equals(s.serCategory().id())))) {
      return false;
    }
    if (f.states() != null && !f.states().isEmpty() && !f.states().contains(s.state())) {
      return false;
    }
    return f.isLocal() == null || f.isLocal();
  }

  // ------------------------------------------------------------------------------------------------ app support

  /**
   * The application termination subscriptions of an application instance.
   *
   * @param caller the caller
   * @param appInstanceId the subscriber
   * @return the link list
   */
  public SubscriptionLinkList terminationSubscriptions(Caller caller, String appInstanceId) {
    appFor(caller, appInstanceId);
    List<SubscriptionLink> links = termSubs.list().stream().filter(s -> s.value().owner().equals(appInstanceId))
        .map(s -> new SubscriptionLink(termSubHref(appInstanceId, s.id()), APP_TERMINATION_SUBSCRIPTION)).toList();
    return new SubscriptionLinkList(new SubscriptionLinkListLinks(
        new LinkType(asBase() + "/applications/" + appInstanceId + "/subscriptions"), links));
  }

  /**
   * Subscribes to application termination notifications.
   *
   * @param caller the caller
   * @param appInstanceId the subscriber; the body's {@code appInstanceId} must be the same
   * @param sub the subscription
   * @return the created subscription with its self link
   */
  public Versioned<AppTerminationNotificationSubscription> subscribeTermination(Caller caller, String appInstanceId,
      AppTerminationNotificationSubscription sub) {
    appFor(caller, appInstanceId, true);
    BeanValidation.check(sub, "AppTerminationNotificationSubscription");
    if (!APP_TERMINATION_SUBSCRIPTION.equals(sub.subscriptionType())) {
      throw new MecBadRequestException("subscriptionType must be " + APP_TERMINATION_SUBSCRIPTION + ", was "
          + sub.subscriptionType());
    }
    if (!appInstanceId.equals(sub.appInstanceId())) {
      throw new MecBadRequestException("appInstanceId " + sub.appInstanceId() + " must be the subscribing instance "
          + appInstanceId);
    }
    Callbacks.check(sub.callbackReference());
    String id = UUID.randomUUID().toString();
    AppTerminationNotificationSubscription stored = new AppTerminationNotificationSubscription(
        APP_TERMINATION_SUBSCRIPTION, sub.callbackReference(), null, appInstanceId);
    Versioned<TermSubEntry> v = termSubs.insert(id, new TermSubEntry(appInstanceId, stored));
    return new Versioned<>(id, withSelf(stored, termSubHref(appInstanceId, id)), v.version());
  }

  /**
   * One application termination subscription.
   *
   * @param caller the caller
   * @param appInstanceId the subscriber
   * @param subscriptionId the subscription id
   * @return the subscription
   */
  public AppTerminationNotificationSubscription terminationSubscription(Caller caller, String appInstanceId,
      String subscriptionId) {
    appFor(caller, appInstanceId);
    TermSubEntry e = termSubs.find(subscriptionId).filter(s -> s.value().owner().equals(appInstanceId))
        .orElseThrow(() -> noSubscription(appInstanceId, subscriptionId)).value();
    return withSelf(e.sub(), termSubHref(appInstanceId, subscriptionId));
  }

  /**
   * Deletes an application termination subscription.
   *
   * @param caller the caller
   * @param appInstanceId the subscriber
   * @param subscriptionId the subscription id
   */
  public void unsubscribeTermination(Caller caller, String appInstanceId, String subscriptionId) {
    appFor(caller, appInstanceId);
    termSubs.find(subscriptionId).filter(s -> s.value().owner().equals(appInstanceId))
        .orElseThrow(() -> noSubscription(appInstanceId, subscriptionId));
    termSubs.delete(subscriptionId);
    dispatcher.cancel("mp1.term." + subscriptionId);
  }

  private static AppTerminationNotificationSubscription withSelf(AppTerminationNotificationSubscription s,
      String href) {
    return new AppTerminationNotificationSubscription(s.subscriptionType(), s.callbackReference(),
        new SelfLinks(new LinkType(href)), s.appInstanceId());
  }

  private String termSubHref(String app, String id) {
    return asBase() + "/applications/" + app + "/subscriptions/" + id;
  }

  /**
   * The application confirms it is ready ({@code confirm_ready}).
   *
   * @param caller the caller
   * @param appInstanceId the application instance
   * @param confirmation {@code {"indication":"READY"}}
   */
  public void confirmReady(Caller caller, String appInstanceId, AppReadyConfirmation confirmation) {
    AppInstance app = appFor(caller, appInstanceId);
    BeanValidation.check(confirmation, "AppReadyConfirmation");
    if (!"READY".equals(confirmation.indication())) {
      throw new MecBadRequestException("indication must be READY, was " + confirmation.indication());
    }
    if (app.state() == AppInstance.State.TERMINATING) {
      throw new MecConflictException("Application instance " + appInstanceId + " is terminating");
    }
    apps.update(appInstanceId, app.withState(AppInstance.State.READY), StoreTable.ANY_VERSION);
    readiness.computeIfAbsent(appInstanceId, k -> new CompletableFuture<>()).complete(null);
    LOG.info("Application instance {} confirmed ready", appInstanceId);
  }

  /**
   * The application confirms a termination or stop ({@code confirm_termination}).
   *
   * @param caller the caller
   * @param appInstanceId the application instance
   * @param confirmation its {@code operationAction} must match the notification's
   * @throws MecConflictException when no termination is in progress
   */
  public void confirmTermination(Caller caller, String appInstanceId, AppTerminationConfirmation confirmation) {
    appFor(caller, appInstanceId);
    BeanValidation.check(confirmation, "AppTerminationConfirmation");
    PendingTermination t = terminations.get(appInstanceId);
    if (t == null) {
      throw new MecConflictException("No termination or stop of application instance " + appInstanceId
          + " is in progress");
    }
    if (t.action() != confirmation.operationAction()) {
      throw new MecBadRequestException("operationAction must be " + t.action() + " as in the notification, was "
          + confirmation.operationAction());
    }
    terminations.remove(appInstanceId, t);
    t.outcome().complete(TerminationOutcome.CONFIRMED);
    LOG.info("Application instance {} confirmed {}", appInstanceId, t.action());
  }

  /**
   * Timing capabilities of the platform.
   *
   * @param caller the caller
   * @return the capabilities
   */
  public TimingCaps timingCaps(Caller caller) {
    Objects.requireNonNull(caller, "caller");
    return timingCaps != null ? timingCaps : TimingDefaults.caps(timeStamp(clock.instant()));
  }

  /**
   * The platform's current time.
   *
   * @param caller the caller
   * @return the time, {@code NONTRACEABLE} unless configured with a traceable clock
   */
  public CurrentTime currentTime(Caller caller) {
    Objects.requireNonNull(caller, "caller");
    Instant now = clock.instant();
    return new CurrentTime(now.getEpochSecond(), (long) now.getNano(), TimeSourceStatus.NONTRACEABLE);
  }

  static TimeStamp timeStamp(Instant t) {
    return new TimeStamp(t.getEpochSecond(), (long) t.getNano());
  }

  // ------------------------------------------------------------------------------------------------ rules

  /**
   * The traffic rules of an application instance.
   *
   * @param caller the caller
   * @param appInstanceId the owner
   * @return its rules
   */
  public List<TrafficRule> trafficRules(Caller caller, String appInstanceId) {
    appFor(caller, appInstanceId);
    return trafficRules.list().stream().filter(r -> r.value().owner().equals(appInstanceId))
        .map(r -> r.value().rule()).toList();
  }

  /**
   * One traffic rule.
   *
   * @param caller the caller
   * @param appInstanceId the owner
   * @param ruleId the rule id
   * @return the rule with its version
   */
  public Versioned<TrafficRule> trafficRule(Caller caller, String appInstanceId, String ruleId) {
    appFor(caller, appInstanceId);
    Versioned<TrafficRuleEntry> v = trafficRules.find(Entries.ruleKey(appInstanceId, ruleId))
        .orElseThrow(() -> new MecNotFoundException("Application instance " + appInstanceId
            + " has no traffic rule " + ruleId));
    return new Versioned<>(ruleId, v.value().rule(), v.version());
  }

  /**
   * Updates a traffic rule and enforces it: an {@code ACTIVE} rule is (re)installed in the data plane, an {@code
   * INACTIVE} one removed. When the data plane fails, nothing changes and the call fails with 503.
   *
   * @param caller the caller
   * @param appInstanceId the owner
   * @param ruleId the rule id; the body's {@code trafficRuleId} must be the same
   * @param rule the new rule
   * @param expectedVersion the {@code If-Match} version or {@link StoreTable#ANY_VERSION}
   * @return the stored rule with its new version
   */
  public Versioned<TrafficRule> updateTrafficRule(Caller caller, String appInstanceId, String ruleId, TrafficRule rule,
      long expectedVersion) {
    appFor(caller, appInstanceId);
    BeanValidation.check(rule, "TrafficRule");
    if (!ruleId.equals(rule.trafficRuleId())) {
      throw new MecBadRequestException("trafficRuleId " + rule.trafficRuleId() + " does not match the resource "
          + ruleId);
    }
    String key = Entries.ruleKey(appInstanceId, ruleId);
    synchronized (ruleLock) {
      Versioned<TrafficRuleEntry> current = trafficRules.find(key).orElseThrow(() -> new MecNotFoundException(
          "Application instance " + appInstanceId + " has no traffic rule " + ruleId));
      checkVersion(current, expectedVersion, "Traffic rule " + ruleId);
      await(rule.state() == RuleState.ACTIVE ? dataPlane.activate(appInstanceId, rule)
          : dataPlane.deactivate(appInstanceId, ruleId), "data plane");
      Versioned<TrafficRuleEntry> v = trafficRules.update(key, new TrafficRuleEntry(appInstanceId, rule),
          current.version()).orElseThrow();
      return new Versioned<>(ruleId, rule, v.version());
    }
  }

  /**
   * The DNS rules of an application instance.
   *
   * @param caller the caller
   * @param appInstanceId the owner
   * @return its rules
   */
  public List<DnsRule> dnsRules(Caller caller, String appInstanceId) {
    appFor(caller, appInstanceId);
    return dnsRules.list().stream().filter(r -> r.value().owner().equals(appInstanceId))
        .map(r -> r.value().rule()).toList();
  }

  /**
   * One DNS rule.
   *
   * @param caller the caller
   * @param appInstanceId the owner
   * @param ruleId the rule id
   * @return the rule with its version
   */
  public Versioned<DnsRule> dnsRule(Caller caller, String appInstanceId, String ruleId) {
    appFor(caller, appInstanceId);
    Versioned<DnsRuleEntry> v = dnsRules.find(Entries.ruleKey(appInstanceId, ruleId))
        .orElseThrow(() -> new MecNotFoundException("Application instance " + appInstanceId
            + " has no DNS rule " + ruleId));
    return new Versioned<>(ruleId, v.value().rule(), v.version());
  }

  /**
   * Updates a DNS rule and enforces it, like {@link #updateTrafficRule}.
   *
   * @param caller the caller
   * @param appInstanceId the owner
   * @param ruleId the rule id; the body's {@code dnsRuleId} must be the same
   * @param rule the new rule
   * @param expectedVersion the {@code If-Match} version or {@link StoreTable#ANY_VERSION}
   * @return the stored rule with its new version
   */
  public Versioned<DnsRule> updateDnsRule(Caller caller, String appInstanceId, String ruleId, DnsRule rule,
      long expectedVersion) {
    appFor(caller, appInstanceId);
    BeanValidation.check(rule, "DnsRule");
    if (!ruleId.equals(rule.dnsRuleId())) {
      throw new MecBadRequestException("dnsRuleId " + rule.dnsRuleId() + " does not match the resource " + ruleId);
    }
    String key = Entries.ruleKey(appInstanceId, ruleId);
    synchronized (ruleLock) {
      Versioned<DnsRuleEntry> current = dnsRules.find(key).orElseThrow(() -> new MecNotFoundException(
          "Application instance " + appInstanceId + " has no DNS rule " + ruleId));
      checkVersion(current, expectedVersion, "DNS rule " + ruleId);
      await(rule.state() == RuleState.ACTIVE ? dnsBackend.activate(appInstanceId, rule)
          : dnsBackend.deactivate(appInstanceId, ruleId), "DNS backend");
      Versioned<DnsRuleEntry> v = dnsRules.update(key, new DnsRuleEntry(appInstanceId, rule), current.version())
          .orElseThrow();
      return new Versioned<>(ruleId, rule, v.version());
    }
  }

  private static void checkVersion(Versioned<?> current, long expected, String what) {
    if (expected != StoreTable.ANY_VERSION && expected != current.version()) {
      throw new MecPreconditionFailedException(what + " changed since you read it (ETag " + current.etag()
          + "): GET it again and retry");
    }
  }

  private void await(CompletableFuture<Void> f, String what) {
    try {
      f.get(ruleTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(what, "interrupted");
    } catch (ExecutionException e) {
      throw unavailable(what, String.valueOf(e.getCause()));
    } catch (TimeoutException e) {
      throw unavailable(what, "no answer within " + ruleTimeout.toMillis() + " ms");
    }
  }

  private static MecServiceException unavailable(String what, String why) {
    return new MecServiceException(503, ProblemDetails.of(503, "Service Unavailable",
        "The " + what + " did not apply the rule (" + why + "); nothing was changed, retry later"));
  }

  // ------------------------------------------------------------------------------------------------ registrations

  /**
   * Registers an application instance ({@code POST /registrations}), typically one not instantiated by the MEC
   * system. Without {@code appInstanceId} in the body, the caller's own id is used (or a new one is assigned in open
   * mode and for the platform).
   *
   * @param caller the caller
   * @param info the application's information
   * @return the registration, with {@code appInstanceId} set
   */
  public AppInfo register(Caller caller, AppInfo info) {
    BeanValidation.check(info, "AppInfo");
    String id = info.appInstanceId() != null ? info.appInstanceId()
        : caller.appInstanceId() != null ? caller.appInstanceId() : UUID.randomUUID().toString();
    if (id.isBlank() || id.contains("/")) {
      throw new MecBadRequestException("appInstanceId must be non-blank and contain no '/'");
    }
    if (!caller.mayActFor(id)) {
      throw new MecForbiddenException("Application instance " + caller.appInstanceId() + " may not register "
          + id);
    }
    AppInfo stored = info.toBuilder().appInstanceId(id).build();
    if (apps.find(id).isEmpty()) {
      try {
        apps.insert(id, new AppInstance(id, info.appName(), info.appProvider(), info.appDId(),
            info.appServiceRequired(), AppInstance.State.PROVISIONED, clock.instant()));
      } catch (IllegalStateException raced) {
        // provisioned concurrently
      }
    }
    try {
      registrations.insert(id, new Registration(id, stored));
    } catch (IllegalStateException e) {
      throw new MecConflictException("Application instance " + id + " is already registered; update it with PUT"
          + " /registrations/" + id);
    }
    return stored;
  }

  /**
   * A registration ({@code GET /registrations/{id}}).
   *
   * @param caller the caller
   * @param appInstanceId the application instance
   * @return the registration
   */
  public AppInfo registration(Caller caller, String appInstanceId) {
    appFor(caller, appInstanceId);
    return registrations.find(appInstanceId).orElseThrow(() -> noRegistration(appInstanceId)).value().info();
  }

  /**
   * Replaces a registration ({@code PUT /registrations/{id}}).
   *
   * @param caller the caller
   * @param appInstanceId the application instance; the body's {@code appInstanceId}, when present, must match
   * @param info the new information
   */
  public void updateRegistration(Caller caller, String appInstanceId, AppInfo info) {
    appFor(caller, appInstanceId);
    BeanValidation.check(info, "AppInfo");
    if (info.appInstanceId() != null && !info.appInstanceId().equals(appInstanceId)) {
      throw new MecBadRequestException("appInstanceId " + info.appInstanceId() + " does not match the resource "
          + appInstanceId);
    }
    registrations.update(appInstanceId, new Registration(appInstanceId,
        info.toBuilder().appInstanceId(appInstanceId).build()), StoreTable.ANY_VERSION)
        .orElseThrow(() -> noRegistration(appInstanceId));
  }

  /**
   * Deletes a registration ({@code DELETE /registrations/{id}}).
   *
   * @param caller the caller
   * @param appInstanceId the application instance
   */
  public void deregister(Caller caller, String appInstanceId) {
    appFor(caller, appInstanceId);
    registrations.delete(appInstanceId).orElseThrow(() -> noRegistration(appInstanceId));
  }

  private static MecNotFoundException noRegistration(String id) {
    return new MecNotFoundException("Application instance " + id + " is not registered");
  }

  // ------------------------------------------------------------------------------------------------ lifecycle

  /** Stops timers and notification delivery. The store and SPIs passed in are not closed. */
  @Override
  public void close() {
    if (livenessTask != null) {
      livenessTask.cancel(false);
    }
    dispatcher.close();
    if (ownsScheduler) {
      scheduler.shutdownNow();
    }
    sender.close();
  }

  /** Builds a {@link MecPlatform}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private @Nullable Store store;
    private @Nullable DataPlane dataPlane;
    private @Nullable DnsBackend dnsBackend;
    private @Nullable Authorizer authorizer;
    private @Nullable NotificationSender sender;
    private @Nullable ScheduledExecutorService scheduler;
    private DeliveryPolicy deliveryPolicy = DeliveryPolicy.DEFAULT;
    private final List<TransportInfo> transports = new ArrayList<>();
    private @Nullable TimingCaps timingCaps;
    private Duration defaultLivenessInterval = Duration.ofSeconds(30);
    private double livenessTolerance = 2.0;
    private Duration livenessCheckPeriod = Duration.ofSeconds(1);
    private Duration ruleTimeout = Duration.ofSeconds(5);
    private @Nullable URI baseUri;

    private Builder() {
      transports.add(new TransportInfo(PLATFORM_TRANSPORT_ID, "REST", "REST over HTTP, the platform's own transport",
          TransportType.REST_HTTP, "HTTP", "1.1", new EndPointInfo(List.of("/"), null, null, null),
          new SecurityInfo(null, null), null));
    }

    /**
     * The clock for heartbeats, time stamps and token expiry. Default: the system UTC clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Where state is kept. Default: a new {@link InMemoryStore}.
     *
     * @param store the store
     * @return this builder
     */
    public Builder store(Store store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * The data plane traffic rules are enforced in. Default: a {@link RecordingDataPlane}.
     *
     * @param dataPlane the data plane
     * @return this builder
     */
    public Builder dataPlane(DataPlane dataPlane) {
      this.dataPlane = Objects.requireNonNull(dataPlane, "dataPlane");
      return this;
    }

    /**
     * The DNS server DNS rules are enforced in. Default: a {@link RecordingDnsBackend}.
     *
     * @param dnsBackend the DNS backend
     * @return this builder
     */
    public Builder dnsBackend(DnsBackend dnsBackend) {
      this.dnsBackend = Objects.requireNonNull(dnsBackend, "dnsBackend");
      return this;
    }

    /**
     * How callers are authenticated. Default: {@link HmacTokenAuthorizer} with a random key and 24 h tokens. Use
     * {@link Authorizer#open()} only for local development.
     *
     * @param authorizer the authorizer
     * @return this builder
     */
    public Builder authorizer(Authorizer authorizer) {
      this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
      return this;
    }

    /**
     * How notifications are sent. Default: {@link JdkHttpNotificationSender}. The platform closes it.
     *
     * @param sender the sender
     * @return this builder
     */
    public Builder notificationSender(NotificationSender sender) {
      this.sender = Objects.requireNonNull(sender, "sender");
      return this;
    }

    /**
     * The scheduler for retries, timeouts and liveness checks. Default: two daemon threads owned by the platform.
     *
     * @param scheduler the scheduler; not shut down by the platform
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
     * Adds a platform-provided transport (listed by {@code GET /transports}); the platform's own REST transport is
     * always there.
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder addTransport(TransportInfo transport) {
      transports.add(Objects.requireNonNull(transport, "transport"));
      return this;
    }

    /**
     * The timing capabilities to report. Default: a time stamp only, no NTP servers or PTP masters.
     *
     * @param caps the capabilities
     * @return this builder
     */
    public Builder timingCaps(TimingCaps caps) {
      this.timingCaps = Objects.requireNonNull(caps, "caps");
      return this;
    }

    /**
     * Liveness settings: the interval used when a service proposes 0, how many intervals without a heartbeat suspend
     * a service, and how often that is checked (zero: never automatically; call {@link #checkLiveness()}).
     *
     * @param defaultInterval the interval for a proposed 0; default 30 s
     * @param tolerance missed intervals before suspension; default 2.0
     * @param checkPeriod how often to check; default 1 s
     * @return this builder
     */
    public Builder liveness(Duration defaultInterval, double tolerance, Duration checkPeriod) {
      if (defaultInterval.toSeconds() < 1 || tolerance < 1.0 || checkPeriod.isNegative()) {
        throw new IllegalArgumentException("need defaultInterval >= 1 s, tolerance >= 1, checkPeriod >= 0");
      }
      this.defaultLivenessInterval = defaultInterval;
      this.livenessTolerance = tolerance;
      this.livenessCheckPeriod = checkPeriod;
      return this;
    }

    /**
     * How long a data plane or DNS backend may take to apply a rule. Default 5 s.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder ruleTimeout(Duration timeout) {
      this.ruleTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Where Mp1 is reachable, for links. Default: set by the HTTP binding when its server starts.
     *
     * @param uri e.g. {@code https://mep1.operator-a.example}
     * @return this builder
     */
    public Builder baseUri(URI uri) {
      this.baseUri = Objects.requireNonNull(uri, "uri");
      return this;
    }

    /**
     * Builds the platform; its liveness checks start at once.
     *
     * @return the platform
     */
    public MecPlatform build() {
      return new MecPlatform(this);
    }
  }
}
