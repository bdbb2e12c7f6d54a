package io.mec4j.testing;

import io.mec4j.platform.http.MecHttpServer;
import io.mec4j.platform.mep.AppProvisioning;
import io.mec4j.platform.mep.MecPlatform;
import io.mec4j.platform.mep.Mp1HttpBinding;
import io.mec4j.platform.notify.DeliveryPolicy;
import io.mec4j.platform.spi.Authorizer;
import io.mec4j.platform.spi.JdkHttpNotificationSender;
import io.mec4j.platform.spi.RecordingDataPlane;
import io.mec4j.platform.spi.RecordingDnsBackend;
import io.mec4j.platform.internal.Workers;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A real MEC platform (Mp1 over HTTP) on a random loopback port, for tests of MEC applications and clients.
 *
 * <p>It is the production engine ({@link MecPlatform}) with in-memory state, recording data plane and DNS backend,
 * fast notification retries and {@linkplain #faults() fault injection}. It starts in well under a second.
 *
 * <pre>{@code
 * try (EmbeddedMecPlatform mec = EmbeddedMecPlatform.start()) {
 *   AppCredentials app = mec.provisionApp("video-analytics-1");
 *   // point your Mp1 client at app.serviceMgmtUri() with app.token()
 * }
 * }</pre>
 */
public final class EmbeddedMecPlatform implements AutoCloseable {

  private final MecPlatform platform;
  private final MecHttpServer server;
  private final FaultInjector faults = new FaultInjector();
  private final RecordingDataPlane dataPlane = new RecordingDataPlane();
  private final RecordingDnsBackend dns = new RecordingDnsBackend();
  private final boolean open;

  private EmbeddedMecPlatform(Builder b) {
    this.open = b.open;
    MecPlatform.Builder pb = MecPlatform.builder()
        .clock(b.clock)
        .dataPlane(dataPlane)
        .dnsBackend(dns)
        .deliveryPolicy(b.deliveryPolicy)
        .notificationSender(faults.wrap(new JdkHttpNotificationSender(Workers.newBlockingExecutor("mec4j-notify"),
            Duration.ofSeconds(1), Duration.ofSeconds(5))));
    if (b.open) {
      pb.authorizer(Authorizer.open());
    }
    b.customizer.accept(pb);
    this.platform = pb.build();
    this.server = Mp1HttpBinding.start(platform, MecHttpServer.builder().port(b.port)
        .stopTimeout(Duration.ofMillis(200)));
  }

  /**
   * Starts a platform with the defaults: signed tokens, system clock, random port.
   *
   * @return the started platform
   */
  public static EmbeddedMecPlatform start() {
    return builder().start();
  }

  /**
   * A builder for a platform with other settings.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Provisions an application instance (as the orchestrator would) and returns what it needs to call Mp1.
   *
   * @param appInstanceId the application instance id
   * @return its credentials and base URIs
   */
  public AppCredentials provisionApp(String appInstanceId) {
    return provisionApp(AppProvisioning.builder(appInstanceId, appInstanceId).build());
  }

  /**
   * Provisions an application instance with its rules and required services.
   *
   * @param provisioning the provisioning
   * @return its credentials and base URIs
   */
  public AppCredentials provisionApp(AppProvisioning provisioning) {
    platform.provisionApp(provisioning);
    return credentials(provisioning.appInstanceId());
  }

  /**
   * Credentials of an application instance the platform already knows.
   *
   * @param appInstanceId the application instance
   * @return its credentials and base URIs
   */
  public AppCredentials credentials(String appInstanceId) {
    String token = open ? "open-mode" : platform.issueToken(appInstanceId);
    return new AppCredentials(appInstanceId, token, serviceMgmtUri(), appSupportUri());
  }

  /**
   * The engine, for assertions and for acting as the orchestrator (e.g. {@link MecPlatform#requestTermination}).
   *
   * @return the engine
   */
  public MecPlatform platform() {
    return platform;
  }

  /**
   * Delivery faults to inject.
   *
   * @return the injector
   */
  public FaultInjector faults() {
    return faults;
  }

  /**
   * The data plane: which traffic rules are active now.
   *
   * @return the recording data plane
   */
  public RecordingDataPlane dataPlane() {
    return dataPlane;
  }

  /**
   * The DNS backend: which DNS rules are active now.
   *
   * @return the recording DNS backend
   */
  public RecordingDnsBackend dns() {
    return dns;
  }

  /**
   * Where the platform listens, e.g. {@code http://127.0.0.1:41234}.
   *
   * @return the base URI
   */
  public URI baseUri() {
    return server.baseUri();
  }

  /**
   * The MEC 011 service management base URI.
   *
   * @return e.g. {@code http://127.0.0.1:41234/mec_service_mgmt/v1}
   */
  public URI serviceMgmtUri() {
    return URI.create(baseUri() + MecPlatform.SERVICE_MGMT_PATH);
  }

  /**
   * The MEC 011 application support base URI.
   *
   * @return e.g. {@code http://127.0.0.1:41234/mec_app_support/v1}
   */
  public URI appSupportUri() {
    return URI.create(baseUri() + MecPlatform.APP_SUPPORT_PATH);
  }

  /**
   * A platform-side bearer token (may act for every application instance).
   *
   * @return the token
   */
  public String platformToken() {
    return platform.authorizer().issuePlatformToken();
  }

  /** Stops the server and the platform. */
  @Override
  public void close() {
    server.close();
    platform.close();
  }

  /** Builds an {@link EmbeddedMecPlatform}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private boolean open;
    private int port;
    private DeliveryPolicy deliveryPolicy =
        new DeliveryPolicy(Duration.ofMillis(50), Duration.ofSeconds(2), 10_000, Duration.ofHours(1));
    private Consumer<MecPlatform.Builder> customizer = b -> { };

    private Builder() {}

    /**
     * Open mode: no tokens are checked and unknown application instances are provisioned on first use.
     *
     * @return this builder
     */
    public Builder open() {
      this.open = true;
      return this;
    }

    /**
     * The clock (heartbeats, time stamps, token expiry).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * A fixed port instead of a random one.
     *
     * @param port the port
     * @return this builder
     */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * Notification retry settings; the default retries fast (50 ms first backoff, 2 s at most).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder deliveryPolicy(DeliveryPolicy policy) {
      this.deliveryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Any other engine setting (store, transports, liveness, ...); applied last.
     *
     * @param customizer changes the engine builder
     * @return this builder
     */
    public Builder customize(Consumer<MecPlatform.Builder> customizer) {
      this.customizer = Objects.requireNonNull(customizer, "customizer");
      return this;
    }

    /**
     * Starts the platform.
     *
     * @return the started platform
     */
    public EmbeddedMecPlatform start() {
      return new EmbeddedMecPlatform(this);
    }
  }
}
