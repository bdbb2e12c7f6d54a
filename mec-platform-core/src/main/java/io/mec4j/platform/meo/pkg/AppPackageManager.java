package io.mec4j.platform.meo.pkg;

import io.mec4j.model.MecJson;
import io.mec4j.model.common.LinkType;
import io.mec4j.model.common.ProblemDetails;
import io.mec4j.model.common.SelfLinks;
import io.mec4j.model.common.SubscriptionLinks;
import io.mec4j.model.common.TimeStamp;
import io.mec4j.model.error.MecBadRequestException;
import io.mec4j.model.error.MecConflictException;
import io.mec4j.model.error.MecForbiddenException;
import io.mec4j.model.error.MecNotFoundException;
import io.mec4j.model.error.MecPreconditionFailedException;
import io.mec4j.model.error.MecServiceException;
import io.mec4j.model.lcm.AppD;
import io.mec4j.model.lcm.AppPkgFilter;
import io.mec4j.model.lcm.AppPkgInfo;
import io.mec4j.model.lcm.AppPkgInfoLinks;
import io.mec4j.model.lcm.AppPkgInfoModifications;
import io.mec4j.model.lcm.AppPkgNotification;
import io.mec4j.model.lcm.AppPkgSubscription;
import io.mec4j.model.lcm.AppPkgSubscriptionInfo;
import io.mec4j.model.lcm.AppPkgSubscriptionLink;
import io.mec4j.model.lcm.AppPkgSubscriptionLinkList;
import io.mec4j.model.lcm.AppPkgSubscriptionLinkListLinks;
import io.mec4j.model.lcm.AppPkgSubscriptionType;
import io.mec4j.model.lcm.Checksum;
import io.mec4j.model.lcm.CreateAppPkg;
import io.mec4j.model.lcm.OnboardingState;
import io.mec4j.model.lcm.OperationalState;
import io.mec4j.model.lcm.UsageState;
import io.mec4j.platform.internal.BeanValidation;
import io.mec4j.platform.internal.Callbacks;
import io.mec4j.platform.internal.Workers;
import io.mec4j.platform.meo.OnboardedPackage;
import io.mec4j.platform.meo.PackageCatalog;
import io.mec4j.platform.notify.DeliveryPolicy;
import io.mec4j.platform.notify.NotificationDispatcher;
import io.mec4j.platform.spi.Authorizer;
import io.mec4j.platform.spi.Caller;
import io.mec4j.platform.spi.HmacTokenAuthorizer;
import io.mec4j.platform.spi.InMemoryStore;
import io.mec4j.platform.spi.JdkHttpNotificationSender;
import io.mec4j.platform.spi.NotificationSender;
import io.mec4j.platform.spi.StaleVersionException;
import io.mec4j.platform.spi.Store;
import io.mec4j.platform.spi.StoreTable;
import io.mec4j.platform.spi.Versioned;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MEC 010-2 application package management: the MEO's package catalogue as a Java API. Packages are created, their
 * content uploaded and onboarded (integrity and authenticity checked, see {@link AppPackageFormat}), enabled,
 * disabled, fetched and deleted; subscribers are notified of onboarding, operational state changes and deletion.
 * {@link AppPkgMgmtHttpBinding} serves it over HTTP; lifecycle management reads it through {@link PackageCatalog}.
 *
 * <p>A package goes through the onboarding states {@code CREATED} (resource created) -> {@code UPLOADING} (content
 * being received) -> {@code PROCESSING} (being checked and unpacked) -> {@code ONBOARDED}, or {@code ERROR} with
 * {@code onboardingFailureDetails} naming the file and the problem. Only {@code ONBOARDED} packages are returned by
 * {@link #findByPackageId} and {@link #findByAppDId}, so a package that failed a check can never be instantiated. A
 * package in {@code ERROR} keeps nothing of its content; delete it and onboard a corrected one.
 *
 * <pre>{@code
 * try (AppPackageManager packages = AppPackageManager.builder()
 *     .packageRoot(Path.of("/var/lib/meo/packages"))
 *     .trustAnchors(List.of(vendorRootCertificate))
 *     .requireSignatures(true)
 *     .build()) {
 *   AppPkgInfo info = packages.onboard(Caller.platform(), createRequest, zipBytes).join();
 *   // info.onboardingState() is ONBOARDED, or ERROR with info.onboardingFailureDetails()
 * }
 * }</pre>
 *
 * <p>Every operation takes the {@link Caller}: MEC 010-2 is an operator-side API, so only {@link Caller.Kind#PLATFORM}
 * and {@link Caller.Kind#OPEN} callers may use it; application instances get {@link MecForbiddenException}.
 *
 * <p>State (package resources, subscriptions) lives in the {@link Store}; package content lives in a directory per
 * package under the package root. State changes are serialised within one manager. Thread-safe.
 */
public final class AppPackageManager implements PackageCatalog, AutoCloseable {

  /** Path prefix of the MEC 010-2 application package management API (the server URL of its OpenAPI file). */
  public static final String BASE_PATH = "/app_pkgm/v1";

  /** {@code notificationType} of a package that was onboarded. */
  public static final String ON_BOARDED = "AppPackageOnBoarded";

  /** {@code notificationType} of a package that was enabled. */
  public static final String ENABLED = "AppPackageEnabled";

  /** {@code notificationType} of a package that was disabled. */
  public static final String DISABLED = "AppPackageDisabled";

  /** {@code notificationType} of a package that was deleted. */
  public static final String DELETED = "AppPackageDeleted";

  private static final Logger LOG = LoggerFactory.getLogger(AppPackageManager.class);
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
  private static final String ARCHIVE = "package.zip";
  private static final String CONTENT = "content";
  private static final String STAGING = "content.staging";

  /** What is stored per package: the resource without links, where it came from, and its AppD once onboarded. */
  record PackageEntry(AppPkgInfo info, String appPkgPath, @Nullable AppD appD) {
    PackageEntry withInfo(AppPkgInfo i) {
      return new PackageEntry(i, appPkgPath, appD);
    }
  }

  private final Clock clock;
  private final Store store;
  private final Authorizer authorizer;
  private final NotificationSender sender;
  private final NotificationDispatcher dispatcher;
  private final ScheduledExecutorService scheduler;
  private final boolean ownsScheduler;
  private final ExecutorService executor;
  private final boolean ownsExecutor;
  private final Path root;
  private final boolean ownsRoot;
  private final PackageLimits limits;
  private final PackageVerifier verifier;
  private final boolean enableOnOnboarding;
  private final AtomicReference<@Nullable URI> baseUri = new AtomicReference<>();
  private final StoreTable<PackageEntry> packages;
  private final StoreTable<AppPkgSubscription> subscriptions;
  private final Object lock = new Object();

  private AppPackageManager(Builder b) {
    this.clock = b.clock;
    this.store = b.store != null ? b.store : new InMemoryStore();
    this.authorizer = b.authorizer != null ? b.authorizer : new HmacTokenAuthorizer(clock, Duration.ofHours(24));
    this.ownsScheduler = b.scheduler == null;
    this.scheduler = b.scheduler != null ? b.scheduler
        : Executors.newScheduledThreadPool(1, Workers.daemonThreads("mec4j-pkg-notify"));
    this.sender = b.sender != null ? b.sender
        : new JdkHttpNotificationSender(Workers.newBlockingExecutor("mec4j-pkg-notify"));
    this.dispatcher = new NotificationDispatcher(sender, scheduler, b.deliveryPolicy, clock);
    this.ownsExecutor = b.executor == null;
    this.executor = b.executor != null ? b.executor : Workers.newBlockingExecutor("mec4j-pkg");
    this.limits = b.limits;
    this.verifier = new PackageVerifier(b.limits, b.anchors, b.requireSignatures);
    this.enableOnOnboarding = b.enableOnOnboarding;
    this.baseUri.set(b.baseUri);
    try {
      if (b.packageRoot != null) {
        this.root = Files.createDirectories(b.packageRoot).toAbsolutePath().normalize();
        this.ownsRoot = false;
      } else {
        this.root = Files.createTempDirectory("mec4j-packages-").toAbsolutePath().normalize();
        this.ownsRoot = true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the package directory " + b.packageRoot, e);
    }
    this.packages = store.table("meo.appPackages", PackageEntry.class);
    this.subscriptions = store.table("meo.appPackageSubscriptions", AppPkgSubscription.class);
    recover();
  }

  /**
   * A builder with defaults: in-memory store, a temporary package directory removed on {@link #close()}, no
   * signature required and no trust anchors, signed-token authorization, packages enabled once onboarded.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Packages caught mid-onboarding by a restart cannot finish; onboarded ones whose content is gone cannot run. */
  private void recover() {
    for (Versioned<PackageEntry> e : packages.list()) {
      OnboardingState s = e.value().info().onboardingState();
      if (s == OnboardingState.UPLOADING || s == OnboardingState.PROCESSING) {
        fail(e.id(), 500, "Onboarding was interrupted by a restart of the MEO; delete the package and onboard it"
            + " again");
      } else if (s == OnboardingState.ONBOARDED && !Files.isDirectory(contentDir(e.id()))) {
        fail(e.id(), 500, "The package content is missing from the package directory " + root
            + "; delete the package and onboard it again");
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ wiring

  /**
   * Authenticates a request's {@code Authorization} header with the configured {@link Authorizer} and checks that
   * the caller is an operator, before anything else of the request is looked at.
   *
   * @param authorizationHeader the header or {@code null}
   * @return the caller, {@link Caller.Kind#PLATFORM} or {@link Caller.Kind#OPEN}
   * @throws io.mec4j.model.error.MecUnauthorizedException without valid credentials
   * @throws MecForbiddenException for an application instance's credentials
   */
  public Caller authenticate(@Nullable String authorizationHeader) {
    Caller caller = authorizer.authenticate(authorizationHeader);
    authorize(caller);
    return caller;
  }

  /**
   * The authorizer, e.g. to issue operator tokens ({@link Authorizer#issuePlatformToken()}).
   *
   * @return the authorizer
   */
  public Authorizer authorizer() {
    return authorizer;
  }

  /**
   * Sets where the API is reachable (scheme, host, port), used in links. The HTTP binding sets it when its server
   * starts, unless it was configured. Until then links are relative ({@code /app_pkgm/v1/...}).
   *
   * @param uri e.g. {@code http://127.0.0.1:8080}
   */
  public void baseUri(URI uri) {
    baseUri.compareAndSet(null, Objects.requireNonNull(uri, "uri"));
  }

  /**
   * The limits on package archives.
   *
   * @return the limits
   */
  public PackageLimits limits() {
    return limits;
  }

  /**
   * The directory that holds the packages' content, one subdirectory per package.
   *
   * @return the package root
   */
  public Path packageRoot() {
    return root;
  }

  /**
   * Delivery counters of the notification machinery.
   *
   * @return a snapshot
   */
  public NotificationDispatcher.Stats notificationStats() {
    return dispatcher.stats();
  }

  private String href(String path) {
    URI b = baseUri.get();
    return (b == null ? "" : b.toString()) + BASE_PATH + path;
  }

  private static void authorize(Caller caller) {
    Objects.requireNonNull(caller, "caller");
    if (caller.kind() == Caller.Kind.APP) {
      throw new MecForbiddenException("Application package management (MEC 010-2) is an operator API:"
          + " application instance " + caller.appInstanceId() + " may not use it; use an operator token");
    }
  }

  // ------------------------------------------------------------------------------------------------ packages

  /**
   * Creates a package resource in onboarding state {@code CREATED} ({@code POST /app_packages}); its content follows
   * with {@link #uploadContent}.
   *
   * <p>{@code checksum} is the checksum of the package archive, checked when the content arrives (SHA-256, SHA-384 or
   * SHA-512). {@code appPkgPath} must be a URI; it is recorded, not fetched (the content is uploaded). Until the
   * content is onboarded, {@code appName} and {@code appSoftwareVersion} are the request's {@code appPkgName} and
   * {@code appPkgVersion}, and the attributes that come from the AppD are absent.
   *
   * @param caller the caller
   * @param request the request
   * @return the new resource with its version
   * @throws MecBadRequestException for an invalid request
   */
  public Versioned<AppPkgInfo> createPackage(Caller caller, CreateAppPkg request) {
    authorize(caller);
    BeanValidation.check(request, "CreateAppPkg");
    Checksum checksum = request.checksum();
    String algorithm = PackageVerifier.javaAlgorithm(checksum.algorithm());
    if (algorithm == null) {
      throw new MecBadRequestException("checksum.algorithm " + checksum.algorithm()
          + " is not supported; use SHA-256, SHA-384 or SHA-512");
    }
    int hexLength = switch (algorithm) {
      case "SHA-256" -> 64;
      case "SHA-384" -> 96;
      default -> 128;
    };
    if (checksum.hash().length() != hexLength || !HEX.matcher(checksum.hash()).matches()) {
      throw new MecBadRequestException("checksum.hash must be the " + hexLength + " hexadecimal digits of a "
          + algorithm + " digest");
    }
    try {
      new URI(request.appPkgPath());
    } catch (URISyntaxException e) {
      throw new MecBadRequestException("appPkgPath is not a URI: " + e.getMessage());
    }
    String id = UUID.randomUUID().toString();
    AppPkgInfo info = AppPkgInfo.builder()
        .id(id)
        .appName(request.appPkgName())
        .appSoftwareVersion(request.appPkgVersion())
        .appProvider(request.appProvider())
        .checksum(new Checksum(algorithm, checksum.hash().toLowerCase(Locale.ROOT)))
        .userDefinedData(request.userDefinedData())
        .onboardingState(OnboardingState.CREATED)
        .operationalState(OperationalState.DISABLED)
        .usageState(UsageState.NOT_IN_USE)
        .build();
    try {
      Files.createDirectories(packageDir(id));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the directory of package " + id + " under " + root, e);
    }
    Versioned<PackageEntry> v = packages.insert(id, new PackageEntry(info, request.appPkgPath(), null));
    LOG.info("Created application package {} ({} {})", id, request.appPkgName(), request.appPkgVersion());
    return withLinks(v);
  }

  /**
   * Every package resource ({@code GET /app_packages}), in creation order.
   *
   * @param caller the caller
   * @return the packages with links
   */
  public List<AppPkgInfo> packages(Caller caller) {
    authorize(caller);
    return packages.list().stream().map(e -> withLinks(e).value()).toList();
  }

  /**
   * One package resource ({@code GET /app_packages/{appPkgId}}).
   *
   * @param caller the caller
   * @param appPkgId the package id
   * @return the package with its version (its ETag)
   * @throws MecNotFoundException for an unknown id
   */
  public Versioned<AppPkgInfo> getPackage(Caller caller, String appPkgId) {
    authorize(caller);
    return withLinks(require(appPkgId));
  }

  /**
   * The id of the package an {@code onboarded_app_packages/{appDId}} path names: the package whose onboarded AppD has
   * this id or, for a package whose content is not onboarded yet (and so has no AppD id), the package with this
   * resource id.
   *
   * @param caller the caller
   * @param appDIdOrPackageId an AppD id, or a package id
   * @return the package id
   * @throws MecNotFoundException when neither names a package
   */
  public String resolveAppDId(Caller caller, String appDIdOrPackageId) {
    authorize(caller);
    for (Versioned<PackageEntry> e : packages.list()) {
      AppPkgInfo i = e.value().info();
      if (i.onboardingState() == OnboardingState.ONBOARDED && appDIdOrPackageId.equals(i.appDId())) {
        return e.id();
      }
    }
    if (packages.find(appDIdOrPackageId).isPresent()) {
      return appDIdOrPackageId;
    }
    throw new MecNotFoundException("No onboarded application package holds AppD " + appDIdOrPackageId
        + ", and no package resource has that id");
  }

  /**
   * Receives a package's content and onboards it asynchronously ({@code PUT .../package_content}): the archive is
   * stored (state {@code UPLOADING}) before this method returns, then checked and unpacked on the manager's executor
   * ({@code PROCESSING}).
   *
   * @param caller the caller
   * @param appPkgId the package id; its onboarding state must be {@code CREATED}
   * @param content the ZIP archive; read to its end, not closed
   * @return completes with the package once it is {@code ONBOARDED} or in {@code ERROR}
   * @throws MecConflictException when the package is not in state {@code CREATED}
   * @throws MecServiceException 413 when the content exceeds {@link PackageLimits#maxPackageBytes()}
   */
  public CompletableFuture<AppPkgInfo> uploadContent(Caller caller, String appPkgId, InputStream content) {
    authorize(caller);
    Objects.requireNonNull(content, "content");
    transition(appPkgId, StoreTable.ANY_VERSION, e -> {
      OnboardingState s = e.info().onboardingState();
      if (s != OnboardingState.CREATED) {
        throw new MecConflictException("Application package " + appPkgId + " is in onboarding state " + s
            + "; content can be uploaded once, to a package in state CREATED (create a new package resource to"
            + " onboard another package)");
      }
      return e.withInfo(e.info().toBuilder().onboardingState(OnboardingState.UPLOADING).build());
    });
    Path part = packageDir(appPkgId).resolve(ARCHIVE + ".part");
    try {
      long size = 0;
      byte[] buf = new byte[64 * 1024];
      try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
        for (int n = content.read(buf); n >= 0; n = content.read(buf)) {
          size += n;
          if (size > limits.maxPackageBytes()) {
            throw new MecServiceException(413, ProblemDetails.of(413, "Content Too Large",
                "Application packages are limited to " + limits.maxPackageBytes() + " bytes"));
          }
          out.write(buf, 0, n);
        }
      }
      if (size == 0) {
        throw new MecBadRequestException("The package content is empty: send the ZIP archive as the body");
      }
      Files.move(part, packageDir(appPkgId).resolve(ARCHIVE), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(part);
      transition(appPkgId, StoreTable.ANY_VERSION,
          x -> x.withInfo(x.info().toBuilder().onboardingState(OnboardingState.CREATED).build()));
      if (e instanceof IOException io) {
        throw new UncheckedIOException("Cannot store the content of package " + appPkgId, io);
      }
      throw (RuntimeException) e;
    }
    CompletableFuture<AppPkgInfo> done = new CompletableFuture<>();
    try {
      executor.execute(() -> {
        try {
          done.complete(process(appPkgId));
        } catch (RuntimeException e) {
          done.completeExceptionally(e);
        }
      });
    } catch (RejectedExecutionException e) {
      fail(appPkgId, 503, "The MEO is shutting down; onboarding did not start");
      done.complete(withLinks(require(appPkgId)).value());
    }
    return done;
  }

  /**
   * Uploads content from memory; see {@link #uploadContent(Caller, String, InputStream)}.
   *
   * @param caller the caller
   * @param appPkgId the package id
   * @param content the ZIP archive
   * @return completes once the package is {@code ONBOARDED} or in {@code ERROR}
   */
  public CompletableFuture<AppPkgInfo> uploadContent(Caller caller, String appPkgId, byte[] content) {
    return uploadContent(caller, appPkgId, new ByteArrayInputStream(content));
  }

  /**
   * Creates a package resource and uploads its content: {@link #createPackage} then {@link #uploadContent}.
   *
   * @param caller the caller
   * @param request the creation request; its checksum must be that of {@code content}
   * @param content the ZIP archive
   * @return completes once the package is {@code ONBOARDED} or in {@code ERROR}
   */
  public CompletableFuture<AppPkgInfo> onboard(Caller caller, CreateAppPkg request, byte[] content) {
    String id = createPackage(caller, request).id();
    return uploadContent(caller, id, content);
  }

  private AppPkgInfo process(String appPkgId) {
    Versioned<PackageEntry> entry = transition(appPkgId, StoreTable.ANY_VERSION,
        e -> e.withInfo(e.info().toBuilder().onboardingState(OnboardingState.PROCESSING).build()));
    Path dir = packageDir(appPkgId);
    Path archive = dir.resolve(ARCHIVE);
    Path staging = dir.resolve(STAGING);
    try {
      Checksum expected = entry.value().info().checksum();
      String actual = PackageVerifier.digest(archive, Objects.requireNonNull(PackageVerifier.javaAlgorithm(
          expected.algorithm())));
      if (!actual.equalsIgnoreCase(expected.hash())) {
        throw new PackageRejectedException("Package checksum mismatch: the " + expected.algorithm()
            + " of the uploaded archive is " + actual + ", not the " + expected.hash() + " given when the package"
            + " resource was created");
      }
      deleteRecursively(staging);
      Files.createDirectories(staging);
      PackageVerifier.Verified v = verifier.verify(archive, staging, clock.instant());
      Versioned<PackageEntry> onboarded;
      synchronized (lock) {
        for (Versioned<PackageEntry> other : packages.list()) {
          AppPkgInfo o = other.value().info();
          if (!other.id().equals(appPkgId) && o.onboardingState() == OnboardingState.ONBOARDED
              && v.appD().appDId().equals(o.appDId())) {
            throw new PackageRejectedException("AppD " + v.appD().appDId() + " is already onboarded as package "
                + other.id() + "; an appDId is globally unique (give a new version a new appDId, or delete the"
                + " other package)");
          }
        }
        Path content = contentDir(appPkgId);
        deleteRecursively(content);
        move(staging, content);
        onboarded = transition(appPkgId, StoreTable.ANY_VERSION, e -> new PackageEntry(onboardedInfo(e.info(), v),
            e.appPkgPath(), v.appD()));
      }
      AppPkgInfo info = onboarded.value().info();
      LOG.info("Onboarded application package {}: AppD {} ({} {}), {}", appPkgId, info.appDId(), info.appName(),
          info.appSoftwareVersion(), v.signer() == null ? "unsigned" : "signed by "
              + v.signer().getSubjectX500Principal().getName());
      notifySubscribers(AppPkgSubscriptionType.APP_PACKAGE_ON_BOARDING_SUBSCRIPTION, ON_BOARDED, info);
      return withLinks(onboarded).value();
    } catch (PackageRejectedException e) {
      LOG.info("Application package {} rejected: {}", appPkgId, e.getMessage());
      cleanUpFailed(dir);
      return fail(appPkgId, 400, String.valueOf(e.getMessage()));
    } catch (IOException | RuntimeException e) {
      LOG.warn("Onboarding application package {} failed", appPkgId, e);
      cleanUpFailed(dir);
      return fail(appPkgId, 500, "The MEO could not process the package: " + e);
    }
  }

  private AppPkgInfo onboardedInfo(AppPkgInfo before, PackageVerifier.Verified v) {
    AppD d = v.appD();
    List<Object> images = new ArrayList<>();
    Set<String> imageFiles = new HashSet<>();
    for (PackageVerifier.Image i : v.images()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", i.id());
      m.put("name", i.name());
      m.put("version", i.version());
      m.put("containerFormat", i.containerFormat());
      m.put("swImage", i.swImage());
      if (i.path() != null) {
        imageFiles.add(i.path());
        m.put("size", i.size());
        m.put("checksum", Map.of("algorithm", AppPackageFormat.DIGEST_ALGORITHM, "hash",
            Objects.requireNonNull(i.sha256())));
      }
      images.add(m);
    }
    List<Object> artifacts = new ArrayList<>();
    v.digests().forEach((path, sha) -> {
      if (!AppPackageFormat.isManifestFile(path) && !imageFiles.contains(path)) {
        artifacts.add(Map.of("artifactPath", path, "checksum",
            Map.of("algorithm", AppPackageFormat.DIGEST_ALGORITHM, "hash", sha)));
      }
    });
    List<String> mecInfo = new ArrayList<>();
    for (String s : d.mecVersion().split(",")) {
      if (!s.isBlank()) {
        mecInfo.add(s.strip());
      }
    }
    return before.toBuilder()
        .appDId(d.appDId())
        .appName(d.appName())
        .appProvider(d.appProvider())
        .appSoftwareVersion(d.appSoftVersion())
        .appDVersion(d.appDVersion())
        .softwareImages(images)
        .additionalArtifacts(artifacts)
        .mecInfo(mecInfo.isEmpty() ? List.of(d.mecVersion()) : mecInfo)
        .signingCertificate(v.signer() == null ? null : pem(v.signer()))
        .onboardingState(OnboardingState.ONBOARDED)
        .operationalState(enableOnOnboarding ? OperationalState.ENABLED : OperationalState.DISABLED)
        .onboardingFailureDetails(null)
        .build();
  }

  private static String pem(X509Certificate c) {
    return new String(ManifestSignatures.pem(List.of(c)), StandardCharsets.US_ASCII);
  }

  private AppPkgInfo fail(String appPkgId, int status, String reason) {
    ProblemDetails problem = new ProblemDetails(null, status < 500 ? "Application package rejected"
        : "Onboarding failed", status, reason, null);
    Versioned<PackageEntry> v = transition(appPkgId, StoreTable.ANY_VERSION, e -> e.withInfo(e.info().toBuilder()
        .onboardingState(OnboardingState.ERROR)
        .operationalState(OperationalState.DISABLED)
        .onboardingFailureDetails(problem)
        .build()));
    return withLinks(v).value();
  }

  private void cleanUpFailed(Path dir) {
    deleteQuietly(dir.resolve(ARCHIVE));
    try {
      deleteRecursively(dir.resolve(STAGING));
      deleteRecursively(dir.resolve(CONTENT));
    } catch (IOException e) {
      LOG.warn("Cannot remove the content of a rejected package under {}: {}", dir, e.toString());
    }
  }

  /**
   * Enables or disables an onboarded package ({@code PATCH /app_packages/{appPkgId}}).
   *
   * @param caller the caller
   * @param appPkgId the package id
   * @param change the new operational state
   * @param expectedVersion the version from {@code If-Match}, or {@link StoreTable#ANY_VERSION}
   * @return the changed package with its new version
   * @throws MecConflictException when the package is not {@code ONBOARDED} or already in that state
   * @throws MecPreconditionFailedException when the package changed since {@code expectedVersion}
   */
  public Versioned<AppPkgInfo> changeOperationalState(Caller caller, String appPkgId, AppPkgInfoModifications change,
      long expectedVersion) {
    authorize(caller);
    BeanValidation.check(change, "AppPkgInfoModifications");
    OperationalState target = change.operationalState();
    Versioned<PackageEntry> v;
    synchronized (lock) {
      v = transition(appPkgId, expectedVersion, e -> {
        AppPkgInfo i = e.info();
        if (i.onboardingState() != OnboardingState.ONBOARDED) {
          throw new MecConflictException("Application package " + appPkgId + " is in onboarding state "
              + i.onboardingState() + "; only ONBOARDED packages can be enabled or disabled"
              + (i.onboardingState() == OnboardingState.ERROR ? " (it failed onboarding: "
                  + Objects.requireNonNull(i.onboardingFailureDetails()).detail() + ")" : ""));
        }
        if (i.operationalState() == target) {
          throw new MecConflictException("Application package " + appPkgId + " is already " + target);
        }
        return e.withInfo(i.toBuilder().operationalState(target).build());
      });
    }
    LOG.info("Application package {} is now {}", appPkgId, target);
    notifySubscribers(AppPkgSubscriptionType.APP_PACKAGE_CHANGE_SUBSCRIPTION,
        target == OperationalState.ENABLED ? ENABLED : DISABLED, v.value().info());
    return withLinks(v);
  }

  /**
   * Deletes a package and its content ({@code DELETE /app_packages/{appPkgId}}). An onboarded package must be
   * {@code DISABLED} and {@code NOT_IN_USE}; a package being uploaded or processed cannot be deleted until that ends.
   *
   * @param caller the caller
   * @param appPkgId the package id
   * @param expectedVersion the version from {@code If-Match}, or {@link StoreTable#ANY_VERSION}
   * @throws MecConflictException when the package is enabled, in use, or being onboarded
   * @throws MecPreconditionFailedException when the package changed since {@code expectedVersion}
   */
  public void deletePackage(Caller caller, String appPkgId, long expectedVersion) {
    authorize(caller);
    PackageEntry deleted;
    synchronized (lock) {
      Versioned<PackageEntry> current = require(appPkgId);
      if (expectedVersion != StoreTable.ANY_VERSION && expectedVersion != current.version()) {
        throw preconditionFailed(appPkgId, current.version());
      }
      AppPkgInfo i = current.value().info();
      switch (i.onboardingState()) {
        case UPLOADING, PROCESSING -> throw new MecConflictException("Application package " + appPkgId + " is "
            + i.onboardingState() + "; delete it when onboarding has ended");
        case ONBOARDED -> {
          if (i.operationalState() != OperationalState.DISABLED) {
            throw new MecConflictException("Application package " + appPkgId + " is " + i.operationalState()
                + "; disable it (PATCH operationalState DISABLED) before deleting it");
          }
          if (i.usageState() == UsageState.IN_USE) {
            throw new MecConflictException("Application package " + appPkgId + " is IN_USE: application"
                + " instances made from it exist; terminate and delete them first");
          }
        }
        default -> { }
      }
      deleted = packages.delete(appPkgId).orElseThrow(() -> notFound(appPkgId)).value();
    }
    try {
      deleteRecursively(packageDir(appPkgId));
    } catch (IOException e) {
      LOG.warn("Deleted package {} but not all of its files under {}: {}", appPkgId, packageDir(appPkgId),
          e.toString());
    }
    LOG.info("Deleted application package {}", appPkgId);
    if (deleted.info().onboardingState() == OnboardingState.ONBOARDED) {
      notifySubscribers(AppPkgSubscriptionType.APP_PACKAGE_DELETION_SUBSCRIPTION, DELETED, deleted.info());
    }
  }

  /**
   * The AppD of an onboarded package, as parsed and validated.
   *
   * @param caller the caller
   * @param appPkgId the package id
   * @return the AppD
   * @throws MecConflictException when the package is not {@code ONBOARDED}
   */
  public AppD appD(Caller caller, String appPkgId) {
    authorize(caller);
    return Objects.requireNonNull(requireOnboarded(appPkgId).appD());
  }

  /**
   * The AppD file of an onboarded package, byte for byte as the package holds it ({@code GET .../appd}).
   *
   * @param caller the caller
   * @param appPkgId the package id
   * @return the JSON bytes of {@link AppPackageFormat#APPD}
   * @throws MecConflictException when the package is not {@code ONBOARDED}
   */
  public byte[] appDFile(Caller caller, String appPkgId) {
    authorize(caller);
    requireOnboarded(appPkgId);
    try {
      return Files.readAllBytes(contentDir(appPkgId).resolve(AppPackageFormat.APPD));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the AppD of package " + appPkgId, e);
    }
  }

  /**
   * The archive of an onboarded package, as uploaded ({@code GET .../package_content}).
   *
   * @param caller the caller
   * @param appPkgId the package id
   * @return the path of the ZIP archive
   * @throws MecConflictException when the package is not {@code ONBOARDED}
   */
  public Path packageContent(Caller caller, String appPkgId) {
    authorize(caller);
    requireOnboarded(appPkgId);
    return packageDir(appPkgId).resolve(ARCHIVE);
  }

  private PackageEntry requireOnboarded(String appPkgId) {
    PackageEntry e = require(appPkgId).value();
    if (e.info().onboardingState() != OnboardingState.ONBOARDED) {
      throw new MecConflictException("Application package " + appPkgId + " is in onboarding state "
          + e.info().onboardingState() + "; its content and AppD are available once it is ONBOARDED");
    }
    return e;
  }

  private Versioned<PackageEntry> require(String appPkgId) {
    return packages.find(appPkgId).orElseThrow(() -> notFound(appPkgId));
  }

  private static MecNotFoundException notFound(String appPkgId) {
    return new MecNotFoundException("No application package " + appPkgId);
  }

  private static MecPreconditionFailedException preconditionFailed(String appPkgId, long actual) {
    return new MecPreconditionFailedException("Application package " + appPkgId + " changed since you read it"
        + " (ETag \"" + actual + "\"): GET it again and retry");
  }

  /** Reads, changes and writes an entry; retries when another writer got in between, unless a version was given. */
  private Versioned<PackageEntry> transition(String appPkgId, long expectedVersion,
      UnaryOperator<PackageEntry> change) {
    for (int attempt = 0; ; attempt++) {
      Versioned<PackageEntry> current = require(appPkgId);
      if (expectedVersion != StoreTable.ANY_VERSION && expectedVersion != current.version()) {
        throw preconditionFailed(appPkgId, current.version());
      }
      PackageEntry next = change.apply(current.value());
      try {
        return packages.update(appPkgId, next, current.version()).orElseThrow(() -> notFound(appPkgId));
      } catch (StaleVersionException e) {
        if (expectedVersion != StoreTable.ANY_VERSION) {
          throw preconditionFailed(appPkgId, e.actual());
        }
        if (attempt >= 100) {
          throw new MecConflictException("Application package " + appPkgId + " keeps changing; retry later");
        }
      }
    }
  }

  private Versioned<AppPkgInfo> withLinks(Versioned<PackageEntry> e) {
    String self = href("/app_packages/" + e.id());
    AppPkgInfo info = e.value().info().toBuilder().links(AppPkgInfoLinks.builder()
        .self(new LinkType(self))
        .appD(new LinkType(self + "/appd"))
        .appPkgContent(new LinkType(self + "/package_content"))
        .build()).build();
    return new Versioned<>(e.id(), info, e.version());
  }

  // ------------------------------------------------------------------------------------------------ PackageCatalog

  @Override
  public Optional<OnboardedPackage> findByPackageId(String appPkgId) {
    return packages.find(appPkgId).flatMap(e -> onboarded(e.id(), e.value()));
  }

  @Override
  public Optional<OnboardedPackage> findByAppDId(String appDId) {
    for (Versioned<PackageEntry> e : packages.list()) {
      if (appDId.equals(e.value().info().appDId())) {
        Optional<OnboardedPackage> p = onboarded(e.id(), e.value());
        if (p.isPresent()) {
          return p;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<OnboardedPackage> onboarded(String id, PackageEntry e) {
    if (e.info().onboardingState() != OnboardingState.ONBOARDED || e.appD() == null) {
      return Optional.empty();
    }
    return Optional.of(new OnboardedPackage(id, e.appD(), contentDir(id), e.info().operationalState()));
  }

  @Override
  public void markInUse(String appPkgId, boolean inUse) {
    synchronized (lock) {
      transition(appPkgId, StoreTable.ANY_VERSION, e -> e.withInfo(e.info().toBuilder()
          .usageState(inUse ? UsageState.IN_USE : UsageState.NOT_IN_USE).build()));
    }
  }

  // ------------------------------------------------------------------------------------------------ subscriptions

  /**
   * Subscribes to package notifications ({@code POST /subscriptions}).
   *
   * @param caller the caller
   * @param request the subscription; {@code appPkgFilter} entries may give {@code operationalState} and
   *     {@code usageState} only for {@code AppPackageChangeSubscription}
   * @return the subscription with its links
   * @throws MecBadRequestException for an invalid subscription or callback
   */
  public Versioned<AppPkgSubscriptionInfo> subscribe(Caller caller, AppPkgSubscription request) {
    authorize(caller);
    BeanValidation.check(request, "AppPkgSubscription");
    Callbacks.check(request.callbackUri(), "callbackUri");
    if (request.subscriptionType() != AppPkgSubscriptionType.APP_PACKAGE_CHANGE_SUBSCRIPTION
        && request.appPkgFilter() != null) {
      for (AppPkgFilter f : request.appPkgFilter()) {
        if (f.operationalState() != null || f.usageState() != null) {
          throw new MecBadRequestException("appPkgFilter.operationalState and usageState apply to"
              + " AppPackageChangeSubscription only");
        }
      }
    }
    String id = UUID.randomUUID().toString();
    Versioned<AppPkgSubscription> v = subscriptions.insert(id, request);
    LOG.info("Package subscription {} ({}) to {}", id, request.subscriptionType(), request.callbackUri());
    return new Versioned<>(id, subscriptionInfo(id, request), v.version());
  }



  /**
   * Every subscription ({@code GET /subscriptions}).
   *
   * @param caller the caller
   * @return links to the subscriptions
   */
  public AppPkgSubscriptionLinkList subscriptions(Caller caller) {
    authorize(caller);
    List<AppPkgSubscriptionLink> links = new ArrayList<>();
    for (Versioned<AppPkgSubscription> s : subscriptions.list()) {
      links.add(new AppPkgSubscriptionLink(subscriptionHref(s.id()), s.value().subscriptionType()));
    }
    return new AppPkgSubscriptionLinkList(new AppPkgSubscriptionLinkListLinks(new LinkType(href("/subscriptions")),
        links));
  }

  /**
   * One subscription ({@code GET /subscriptions/{subscriptionId}}).
   *
   * @param caller the caller
   * @param subscriptionId the id
   * @return the subscription
   * @throws MecNotFoundException for an unknown id
   */
  public AppPkgSubscriptionInfo subscription(Caller caller, String subscriptionId) {
    authorize(caller);
    AppPkgSubscription s = subscriptions.find(subscriptionId).orElseThrow(() -> noSubscription(subscriptionId))
        .value();
    return subscriptionInfo(subscriptionId, s);
  }

  /**
   * Deletes a subscription ({@code DELETE /subscriptions/{subscriptionId}}); notifications not yet delivered are
   * dropped.
   *
   * @param caller the caller
   * @param subscriptionId the id
   * @throws MecNotFoundException for an unknown id
   */
  public void unsubscribe(Caller caller, String subscriptionId) {
    authorize(caller);
    subscriptions.delete(subscriptionId).orElseThrow(() -> noSubscription(subscriptionId));
    dispatcher.cancel(queueKey(subscriptionId));
  }

  private static MecNotFoundException noSubscription(String id) {
    return new MecNotFoundException("No package subscription " + id);
  }

  private AppPkgSubscriptionInfo subscriptionInfo(String id, AppPkgSubscription s) {
    return new AppPkgSubscriptionInfo(id, s.subscriptionType(), s.callbackUri(),
        new SelfLinks(new LinkType(subscriptionHref(id))));
  }

  private String subscriptionHref(String id) {
    return href("/subscriptions/" + id);
  }

  private static String queueKey(String subscriptionId) {
    return "meo.pkg." + subscriptionId;
  }

  private void notifySubscribers(AppPkgSubscriptionType type, String notificationType, AppPkgInfo info) {
    String notificationId = UUID.randomUUID().toString();
    Instant now = clock.instant();
    TimeStamp ts = new TimeStamp(now.getEpochSecond(), (long) now.getNano());
    for (Versioned<AppPkgSubscription> s : subscriptions.list()) {
      AppPkgSubscription sub = s.value();
      if (sub.subscriptionType() != type || !matches(sub.appPkgFilter(), info)) {
        continue;
      }
      AppPkgNotification n = AppPkgNotification.builder()
          .id(notificationId)
          .notificationType(notificationType)
          .subscriptionId(s.id())
          .timeStamp(ts)
          .appPkgId(info.id())
          .appDId(info.appDId())
          .operationalState(info.operationalState())
          .links(new SubscriptionLinks(new LinkType(subscriptionHref(s.id()))))
          .build();
      dispatcher.enqueue(queueKey(s.id()), URI.create(sub.callbackUri()), MecJson.writeBytes(n));
    }
  }

  private static boolean matches(@Nullable List<AppPkgFilter> filters, AppPkgInfo i) {
    if (filters == null || filters.isEmpty()) {
      return true;
    }
    for (AppPkgFilter f : filters) {
      if (eq(f.appPkgInfoId(), i.id()) && eq(f.appDId(), i.appDId()) && eq(f.appProvider(), i.appProvider())
          && eq(f.appName(), i.appName()) && eq(f.appSoftwareVersion(), i.appSoftwareVersion())
          && eq(f.appDVersion(), i.appDVersion()) && eq(f.operationalState(), i.operationalState())
          && eq(f.usageState(), i.usageState())) {
        return true;
      }
    }
    return false;
  }

  private static boolean eq(@Nullable Object wanted, @Nullable Object actual) {
    return wanted == null || wanted.equals(actual);
  }

  // ------------------------------------------------------------------------------------------------ files

  private Path packageDir(String appPkgId) {
    Path p = root.resolve(appPkgId).normalize();
    if (!root.equals(p.getParent())) {
      throw new MecNotFoundException("No application package " + appPkgId);
    }
    return p;
  }

  private Path contentDir(String appPkgId) {
    return packageDir(appPkgId).resolve(CONTENT);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      LOG.warn("Cannot delete {}: {}", p, e.toString());
    }
  }

  /** Deletes a tree without following links (there are none in an unpacked package; never trust that). */
  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, @Nullable IOException exc) throws IOException {
        if (exc != null) {
          throw exc;
        }
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
        if (exc instanceof NoSuchFileException) {
          return FileVisitResult.CONTINUE;
        }
        throw exc;
      }
    });
  }

  // ------------------------------------------------------------------------------------------------ lifecycle

  /**
   * Stops onboarding and notification delivery; a temporary package directory made by the manager is deleted. The
   * store and the SPIs passed in are not closed.
   */
  @Override
  public void close() {
    dispatcher.close();
    if (ownsScheduler) {
      scheduler.shutdownNow();
    }
    if (ownsExecutor) {
      executor.shutdownNow();
    }
    sender.close();
    if (ownsRoot) {
      try {
        deleteRecursively(root);
      } catch (IOException e) {
        LOG.warn("Cannot delete the temporary package directory {}: {}", root, e.toString());
      }
    }
  }

  /** Builds an {@link AppPackageManager}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private @Nullable Store store;
    private @Nullable Authorizer authorizer;
    private @Nullable NotificationSender sender;
    private @Nullable ScheduledExecutorService scheduler;
    private @Nullable ExecutorService executor;
    private DeliveryPolicy deliveryPolicy = DeliveryPolicy.DEFAULT;
    private @Nullable Path packageRoot;
    private PackageLimits limits = PackageLimits.DEFAULT;
    private final Set<TrustAnchor> anchors = new HashSet<>();
    private boolean requireSignatures;
    private boolean enableOnOnboarding = true;
    private @Nullable URI baseUri;

    private Builder() {}

    /**
     * The clock for time stamps and certificate validity. Default: the system UTC clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Where package resources and subscriptions are kept. Default: a new {@link InMemoryStore}. With a durable store,
     * also give a durable {@link #packageRoot(Path)}.
     *
     * @param store the store
     * @return this builder
     */
    public Builder store(Store store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * How callers are authenticated. Default: {@link HmacTokenAuthorizer} with a random key and 24 h tokens. Share
     * the orchestrator's authorizer so one operator token serves every MEO API.
     *
     * @param authorizer the authorizer
     * @return this builder
     */
    public Builder authorizer(Authorizer authorizer) {
      this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
      return this;
    }

    /**
     * How notifications are sent. Default: {@link JdkHttpNotificationSender}. The manager closes it.
     *
     * @param sender the sender
     * @return this builder
     */
    public Builder notificationSender(NotificationSender sender) {
      this.sender = Objects.requireNonNull(sender, "sender");
      return this;
    }

    /**
     * The scheduler for notification retries. Default: one daemon thread owned by the manager.
     *
     * @param scheduler the scheduler; not shut down by the manager
     * @return this builder
     */
    public Builder scheduler(ScheduledExecutorService scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * Where packages are checked and unpacked. Default: virtual threads on Java 21+, else a cached daemon pool.
     *
     * @param executor the executor; not shut down by the manager
     * @return this builder
     */
    public Builder executor(ExecutorService executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
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
     * The directory for package content, created when missing; each package gets a subdirectory named by its id.
     * Default: a temporary directory owned by the manager and deleted on close.
     *
     * @param directory the package root
     * @return this builder
     */
    public Builder packageRoot(Path directory) {
      this.packageRoot = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Bounds on package archives. Default: {@link PackageLimits#DEFAULT}.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(PackageLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Adds trusted certificates: a package signature is accepted when its signer's chain leads to one of them.
     *
     * @param certificates CA (or signer) certificates
     * @return this builder
     */
    public Builder trustAnchors(Collection<X509Certificate> certificates) {
      for (X509Certificate c : certificates) {
        anchors.add(new TrustAnchor(Objects.requireNonNull(c, "certificate"), null));
      }
      return this;
    }

    /**
     * Adds every certificate of a key store (e.g. a PKCS#12 trust store) as a trust anchor.
     *
     * @param trustStore the loaded key store
     * @return this builder
     * @throws IllegalArgumentException when the key store cannot be read or holds no certificate
     */
    public Builder trustStore(KeyStore trustStore) {
      List<X509Certificate> certs = new ArrayList<>();
      try {
        for (Enumeration<String> aliases = trustStore.aliases(); aliases.hasMoreElements(); ) {
          Certificate c = trustStore.getCertificate(aliases.nextElement());
          if (c instanceof X509Certificate x) {
            certs.add(x);
          }
        }
      } catch (KeyStoreException e) {
        throw new IllegalArgumentException("Cannot read the trust store: " + e.getMessage(), e);
      }
      if (certs.isEmpty()) {
        throw new IllegalArgumentException("The trust store holds no X.509 certificate");
      }
      return trustAnchors(certs);
    }

    /**
     * Whether only signed packages are onboarded. Default: false (a signature is checked when present and trust
     * anchors are configured; unsigned packages are accepted). When true, trust anchors are required.
     *
     * @param required true to refuse unsigned packages
     * @return this builder
     */
    public Builder requireSignatures(boolean required) {
      this.requireSignatures = required;
      return this;
    }

    /**
     * Whether a package is {@code ENABLED} as soon as it is onboarded (as ETSI NFV-SOL 005 does), or stays
     * {@code DISABLED} until enabled explicitly. Default: true.
     *
     * @param enable true to enable on onboarding
     * @return this builder
     */
    public Builder enableOnOnboarding(boolean enable) {
      this.enableOnOnboarding = enable;
      return this;
    }

    /**
     * Where the API is reachable, for links. Default: set by the HTTP binding when its server starts.
     *
     * @param uri e.g. {@code https://meo.operator-a.example}
     * @return this builder
     */
    public Builder baseUri(URI uri) {
      this.baseUri = Objects.requireNonNull(uri, "uri");
      return this;
    }

    /**
     * Builds the manager.
     *
     * @return the manager
     * @throws IllegalStateException when signatures are required but no trust anchor is configured
     */
    public AppPackageManager build() {
      if (requireSignatures && anchors.isEmpty()) {
        throw new IllegalStateException("requireSignatures(true) needs trust anchors: call trustAnchors(...) or"
            + " trustStore(...)");
      }
      return new AppPackageManager(this);
    }
  }
}
