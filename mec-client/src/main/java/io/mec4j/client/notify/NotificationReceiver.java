package io.mec4j.client.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.mec4j.model.MecJson;
import io.mec4j.model.ams.ExpiryNotification;
import io.mec4j.model.ams.MobilityProcedureNotification;
import io.mec4j.model.ams.TestNotification;
import io.mec4j.model.common.ProblemDetails;
import io.mec4j.model.federation.SystemUpdateNotification;
import io.mec4j.model.lcm.AppInstNotification;
import io.mec4j.model.lcm.AppInstanceIdentifierCreationNotification;
import io.mec4j.model.lcm.AppInstanceIdentifierDeletionNotification;
import io.mec4j.model.lcm.AppLcmOpOccNotification;
import io.mec4j.model.lcm.AppPkgNotification;
import io.mec4j.model.mp1.AppTerminationNotification;
import io.mec4j.model.mp1.ServiceAvailabilityNotification;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP endpoint (the JDK's {@code HttpServer}) that receives MEC notifications: it hands out {@code
 * callbackReference} URIs, parses every notification type of the APIs mec4j covers, passes each to the listeners
 * registered for its type, and answers 204.
 *
 * <pre>{@code
 * try (NotificationReceiver receiver = NotificationReceiver.start()) {          // loopback, random port
 *   receiver.on(ServiceAvailabilityNotification.class, n -> log(n.serviceReferences()));
 *   receiver.on(AppTerminationNotification.class, n -> shutDownGracefully(n));
 *   mp1.subscribe(appId, new SerAvailabilityNotificationSubscription(
 *       "SerAvailabilityNotificationSubscription", receiver.newCallbackUri().toString(), null, null));
 * }
 * }</pre>
 *
 * <p>Types by {@code notificationType}: MEC 011 {@link ServiceAvailabilityNotification} ({@code
 * SerAvailabilityNotification}) and {@link AppTerminationNotification}; MEC 010-2 {@link AppPkgNotification} ({@code
 * AppPackageOnBoarded}, {@code AppPackageEnabled}, {@code AppPackageDisabled}, {@code AppPackageDeleted}), {@link
 * AppInstNotification}, {@link AppLcmOpOccNotification}, {@link AppInstanceIdentifierCreationNotification}, {@link
 * AppInstanceIdentifierDeletionNotification}; MEC 021 {@link MobilityProcedureNotification}, {@link
 * ExpiryNotification}, {@link TestNotification}; MEC 040 {@link SystemUpdateNotification}. A well-formed notification
 * of another type (e.g. MEC 021 {@code AdjacentAppInfoNotification}, which has no schema in the spec file) reaches
 * only {@link #onAny} listeners, as a {@code Map}.
 *
 * <p>Answers: 204 once every listener returned; 400 with a {@code ProblemDetails} for a body that is not a
 * notification (not JSON, no {@code notificationType}, wrong types, missing required attributes); 404 for a path it
 * never handed out; 405, 413 and 415 for wrong method, size and media type; 500 when a listener throws, so that the
 * sender (which delivers at least once) tries again. Listeners run on the receiver's threads, one notification at a
 * time per request; they should be quick and must tolerate duplicates. Thread-safe.
 */
public final class NotificationReceiver implements AutoCloseable {

  static {
    // JDK HttpServer answers small responses only after the client's delayed ACK without TCP_NODELAY (~40 ms each);
    // must be set before the server implementation class loads
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(NotificationReceiver.class);
  private static final String PREFIX = "/mec4j/notifications/";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._~-]{1,128}");
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final Map<String, Class<?>> TYPES = Map.ofEntries(
      Map.entry("SerAvailabilityNotification", ServiceAvailabilityNotification.class),
      Map.entry("AppTerminationNotification", AppTerminationNotification.class),
      Map.entry("AppPackageOnBoarded", AppPkgNotification.class),
      Map.entry("AppPackageEnabled", AppPkgNotification.class),
      Map.entry("AppPackageDisabled", AppPkgNotification.class),
      Map.entry("AppPackageDeleted", AppPkgNotification.class),
      Map.entry(AppInstNotification.NOTIFICATION_TYPE, AppInstNotification.class),
      Map.entry(AppLcmOpOccNotification.NOTIFICATION_TYPE, AppLcmOpOccNotification.class),
      Map.entry(AppInstanceIdentifierCreationNotification.NOTIFICATION_TYPE,
          AppInstanceIdentifierCreationNotification.class),
      Map.entry(AppInstanceIdentifierDeletionNotification.NOTIFICATION_TYPE,
          AppInstanceIdentifierDeletionNotification.class),
      Map.entry("MobilityProcedureNotification", MobilityProcedureNotification.class),
      Map.entry("ExpiryNotification", ExpiryNotification.class),
      Map.entry("TestNotification", TestNotification.class),
      Map.entry("SystemUpdateNotification", SystemUpdateNotification.class));
  private static final Map<Class<?>, ObjectReader> READERS = new ConcurrentHashMap<>();
  private static final ObjectReader TREE = MecJson.mapper().readerFor(JsonNode.class);

  private final HttpServer server;
  private final ExecutorService executor;
  private final boolean ownsExecutor;
  private final URI baseUri;
  private final int maxBodyBytes;
  private final Set<String> callbacks = ConcurrentHashMap.newKeySet();
  private final List<Registration<?>> listeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<ReceivedNotification>> anyListeners = new CopyOnWriteArrayList<>();

  private record Registration<T>(Class<T> type, Consumer<? super T> listener) {
    void offer(Object n) {
      if (type.isInstance(n)) {
        listener.accept(type.cast(n));
      }
    }
  }

  private NotificationReceiver(Builder b) {
    this.maxBodyBytes = b.maxBodyBytes;
    this.ownsExecutor = b.executor == null;
    this.executor = b.executor != null ? b.executor : Executors.newFixedThreadPool(b.threads, r -> {
      Thread t = new Thread(r, "mec4j-notification-receiver-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      InetSocketAddress at = new InetSocketAddress(b.bindAddress, b.port);
      if (b.sslContext != null) {
        HttpsServer https = HttpsServer.create(at, 128);
        https.setHttpsConfigurator(new HttpsConfigurator(b.sslContext));
        this.server = https;
      } else {
        this.server = HttpServer.create(at, 128);
      }
    } catch (IOException e) {
      if (ownsExecutor) {
        executor.shutdownNow();
      }
      throw new UncheckedIOException("Cannot listen for notifications on " + b.bindAddress.getHostAddress() + ":"
          + b.port + " (" + e.getMessage() + "): choose another port or bind address", e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    String scheme = b.sslContext != null ? "https" : "http";
    URI local = URI.create(scheme + "://" + hostForUri(b.bindAddress) + ":" + server.getAddress().getPort());
    URI pub = b.publicBaseUri != null ? b.publicBaseUri : local;
    String s = pub.toString();
    this.baseUri = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    listeners.addAll(b.listeners);
    anyListeners.addAll(b.anyListeners);
    LOG.debug("Receiving notifications at {} (listening on {})", baseUri, local);
  }

  private static String hostForUri(InetAddress a) {
    String h = a.isAnyLocalAddress() ? InetAddress.getLoopbackAddress().getHostAddress() : a.getHostAddress();
    return h.contains(":") ? "[" + h + "]" : h;
  }

  /**
   * Starts a receiver on a random loopback port.
   *
   * @return the running receiver
   */
  public static NotificationReceiver start() {
    return builder().start();
  }

  /**
   * A builder for a receiver with other settings (address, port, public URI, TLS, listeners).
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A new, unique callback URI to put in a subscription's {@code callbackReference} (or {@code callbackUri}).
   *
   * @return e.g. {@code http://127.0.0.1:41234/mec4j/notifications/2b1f...}
   */
  public URI newCallbackUri() {
    return callbackUri(UUID.randomUUID().toString());
  }

  /**
   * A callback URI with a name of your choice, stable across restarts on the same port.
   *
   * @param name letters, digits, {@code . _ ~ -}; at most 128
   * @return the URI, accepted from now on
   */
  public URI callbackUri(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("A callback name has 1 to 128 letters, digits, '.', '_', '~' or '-', was '"
          + name + "'");
    }
    callbacks.add(name);
    return URI.create(baseUri + PREFIX + name);
  }

  /**
   * Where this receiver is reachable, as given out in callback URIs.
   *
   * @return e.g. {@code http://127.0.0.1:41234}
   */
  public URI baseUri() {
    return baseUri;
  }

  /**
   * Passes every notification of {@code type} to {@code listener}, whichever callback URI it arrives at.
   *
   * @param type a notification record type, e.g. {@code ServiceAvailabilityNotification.class}
   * @param listener the listener
   * @param <T> the type
   * @return this receiver
   */
  public <T> NotificationReceiver on(Class<T> type, Consumer<? super T> listener) {
    listeners.add(new Registration<>(Objects.requireNonNull(type, "type"), Objects.requireNonNull(listener,
        "listener")));
    return this;
  }

  /**
   * Passes every notification, with the callback URI it arrived at and its JSON, to {@code listener}.
   *
   * @param listener the listener
   * @return this receiver
   */
  public NotificationReceiver onAny(Consumer<ReceivedNotification> listener) {
    anyListeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /** Stops listening at once; requests in progress are cut off (their senders retry). */
  @Override
  public void close() {
    server.stop(0);
    if (ownsExecutor) {
      executor.shutdown();
      try {
        executor.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- HTTP

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getRawPath();
      String name = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
      if (!callbacks.contains(name)) {
        drain(ex);
        problem(ex, 404, "Not Found", "No callback URI " + path + " was handed out by this receiver");
        return;
      }
      if (!"POST".equals(ex.getRequestMethod())) {
        drain(ex);
        ex.getResponseHeaders().set("Allow", "POST");
        problem(ex, 405, "Method Not Allowed", "Notifications are delivered with POST");
        return;
      }
      String type = ex.getRequestHeaders().getFirst("Content-Type");
      if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
        drain(ex);
        problem(ex, 415, "Unsupported Media Type", "A notification is application/json, got " + type);
        return;
      }
      byte[] body = readAtMost(ex.getRequestBody(), maxBodyBytes);
      if (body == null) {
        problem(ex, 413, "Payload Too Large", "A notification may have at most " + maxBodyBytes + " bytes");
        return;
      }
      ReceivedNotification n;
      try {
        n = parse(URI.create(baseUri + path), body);
      } catch (IllegalArgumentException e) {
        LOG.debug("Rejected a notification at {}: {}", path, e.getMessage());
        problem(ex, 400, "Bad Request", String.valueOf(e.getMessage()));
        return;
      }
      try {
        dispatch(n);
      } catch (RuntimeException e) {
        LOG.warn("A listener failed on {} at {}; answering 500 so the sender retries", n.notificationType(),
            n.callbackUri(), e);
        problem(ex, 500, "Internal Server Error", "The receiving application failed to process the notification");
        return;
      }
      ex.sendResponseHeaders(204, -1);
    }
  }

  private void dispatch(ReceivedNotification n) {
    for (Registration<?> r : listeners) {
      r.offer(n.notification());
    }
    for (Consumer<ReceivedNotification> l : anyListeners) {
      l.accept(n);
    }
  }

  /**
   * Parses a notification body.
   *
   * @param callback the callback URI it arrived at
   * @param body the body
   * @return the notification
   * @throws IllegalArgumentException saying what is wrong with it
   */
  static ReceivedNotification parse(URI callback, byte[] body) {
    JsonNode tree;
    try {
      tree = TREE.readValue(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("The body is not JSON: " + firstLine(e));
    }
    if (tree == null || !tree.isObject()) {
      throw new IllegalArgumentException("A notification is a JSON object");
    }
    JsonNode t = tree.get("notificationType");
    if (t == null || !t.isTextual() || t.asText().isBlank()) {
      throw new IllegalArgumentException("The notification has no notificationType");
    }
    String type = t.asText();
    String json = new String(body, StandardCharsets.UTF_8);
    Class<?> cls = TYPES.get(type);
    if (cls == null) {
      Object map = MecJson.mapper().convertValue(tree, Map.class);
      return new ReceivedNotification(callback, type, Objects.requireNonNull(map), json);
    }
    Object value;
    try {
      value = READERS.computeIfAbsent(cls, c -> MecJson.mapper().readerFor(c)).readValue(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not a valid " + cls.getSimpleName() + ": " + firstLine(e));
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a valid " + cls.getSimpleName() + ": " + firstLine(e));
    }
    List<String> missing = missingRequired(value);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(cls.getSimpleName() + " lacks required attributes: "
          + String.join(", ", missing));
    }
    return new ReceivedNotification(callback, type, value, json);
  }

  private static List<String> missingRequired(Object record) {
    List<String> missing = new ArrayList<>();
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      // jakarta @NotNull cannot target record components: it lands on the accessor, field and type use
      if (!c.getAccessor().isAnnotationPresent(NotNull.class)
          && !c.getAccessor().getAnnotatedReturnType().isAnnotationPresent(NotNull.class)) {
        continue;
      }
      try {
        if (c.getAccessor().invoke(record) == null) {
          com.fasterxml.jackson.annotation.JsonProperty p =
              c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
          missing.add(p != null ? p.value() : c.getName());
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return missing;
  }

  private static String firstLine(Exception e) {
    String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }

  private static byte @Nullable [] readAtMost(InputStream in, int max) throws IOException {
    byte[] b = in.readNBytes(max + 1);
    if (b.length > max) {
      drainStream(in);
      return null;
    }
    return b;
  }

  private static void drain(HttpExchange ex) throws IOException {
    drainStream(ex.getRequestBody());
  }

  private static void drainStream(InputStream in) throws IOException {
    byte[] buf = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buf)) >= 0 && total < 16L * 1024 * 1024) {
      total += n;
    }
  }

  private static void problem(HttpExchange ex, int status, String title, String detail) throws IOException {
    byte[] body = MecJson.writeBytes(ProblemDetails.of(status, title, detail));
    ex.getResponseHeaders().set("Content-Type", "application/problem+json");
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  /** Builds and starts a {@link NotificationReceiver}. */
  public static final class Builder {
    private InetAddress bindAddress = InetAddress.getLoopbackAddress();
    private int port;
    private @Nullable URI publicBaseUri;
    private @Nullable SSLContext sslContext;
    private @Nullable ExecutorService executor;
    private int threads = 4;
    private int maxBodyBytes = 1024 * 1024;
    private final List<Registration<?>> listeners = new ArrayList<>();
    private final List<Consumer<ReceivedNotification>> anyListeners = new ArrayList<>();

    private Builder() {}

    /**
     * The address to listen on; loopback by default. Use the wildcard address to be reachable from other hosts.
     *
     * @param address the address
     * @return this builder
     */
    public Builder bindAddress(InetAddress address) {
      this.bindAddress = Objects.requireNonNull(address, "address");
      return this;
    }

    /**
     * The port; 0 (the default) picks a free one.
     *
     * @param port 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The base URI the MEC platform reaches this receiver at, when it differs from the listening address (NAT,
     * containers, a reverse proxy).
     *
     * @param uri e.g. {@code https://app-1.example:8443}
     * @return this builder
     */
    public Builder publicBaseUri(URI uri) {
      Objects.requireNonNull(uri, "uri");
      if (!uri.isAbsolute() || uri.getHost() == null) {
        throw new IllegalArgumentException("publicBaseUri must be an absolute URI with a host, was " + uri);
      }
      this.publicBaseUri = uri;
      return this;
    }

    /**
     * Receive over HTTPS with this context (its key managers give the receiver's certificate).
     *
     * @param sslContext the initialised context
     * @return this builder
     */
    public Builder tls(SSLContext sslContext) {
      this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
      return this;
    }

    /**
     * The executor that runs requests and listeners; by default 4 daemon threads owned by the receiver.
     *
     * @param executor an executor the caller shuts down
     * @return this builder
     */
    public Builder executor(ExecutorService executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * The largest accepted body; 1 MiB by default.
     *
     * @param bytes at least 1
     * @return this builder
     */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be at least 1");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * A listener, registered before the first notification can arrive.
     *
     * @param type the notification record type
     * @param listener the listener
     * @param <T> the type
     * @return this builder
     */
    public <T> Builder on(Class<T> type, Consumer<? super T> listener) {
      listeners.add(new Registration<>(Objects.requireNonNull(type, "type"), Objects.requireNonNull(listener,
          "listener")));
      return this;
    }

    /**
     * A listener for every notification.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder onAny(Consumer<ReceivedNotification> listener) {
      anyListeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Starts the receiver.
     *
     * @return the running receiver
     * @throws UncheckedIOException when the port cannot be bound
     */
    public NotificationReceiver start() {
      return new NotificationReceiver(this);
    }
  }
}
