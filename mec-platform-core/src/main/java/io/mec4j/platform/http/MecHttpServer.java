package io.mec4j.platform.http;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import io.mec4j.platform.internal.Workers;
import java.util.concurrent.ExecutorService;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of the mec4j bindings: Jetty 12 core, one {@link Router}, JSON and problem replies.
 *
 * <p>Before a handler runs, the server answers what needs no engine: 404 for unknown paths, 405 (with {@code Allow})
 * for a wrong method, 406 when {@code Accept} excludes JSON (or the route's {@link Route#replyTypes() reply types}), 415
 * for a body of a type the route does not take, 413 for a body over the limit (1 MiB by default, or the route's
 * {@link Route#maxBodyBytes()}). Read-only routes run on the I/O thread without blocking; routes that take a body or change
 * state run on a worker executor (virtual threads on Java 21+). TLS and mutual TLS come from an {@link SSLContext}.
 *
 * <pre>{@code
 * MecHttpServer server = MecHttpServer.builder().port(8080).build();
 * server.addRoutes(binding.routes());
 * server.start();
 * }</pre>
 */
public final class MecHttpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MecHttpServer.class);

  private final Router router = new Router();
  private final Server server;
  private final ServerConnector connector;
  private final ExecutorService workers;
  private final int maxBodyBytes;
  private final boolean tls;
  private final String host;
  private final Duration stopTimeout;
  private final java.util.concurrent.atomic.AtomicInteger inflight = new java.util.concurrent.atomic.AtomicInteger();

  private MecHttpServer(Builder b) {
    this.maxBodyBytes = b.maxBodyBytes;
    this.tls = b.sslContext != null;
    this.host = b.host;
    QueuedThreadPool pool = new QueuedThreadPool(b.maxThreads, 4);
    pool.setName("mec4j-http");
    pool.setDaemon(true);
    this.server = new Server(pool);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(false);
    HttpConnectionFactory h1 = new HttpConnectionFactory(http);
    if (b.sslContext != null) {
      SslContextFactory.Server ssl = new SslContextFactory.Server();
      ssl.setSslContext(b.sslContext);
      ssl.setNeedClientAuth(b.needClientAuth);
      http.addCustomizer(new SecureRequestCustomizer(false));
      connector = new ServerConnector(server, 1, 1, new SslConnectionFactory(ssl, h1.getProtocol()), h1);
    } else {
      connector = new ServerConnector(server, 1, 1, h1);
    }
    connector.setHost(b.host);
    connector.setPort(b.port);
    connector.setIdleTimeout(b.idleTimeout.toMillis());
    server.addConnector(connector);
    this.stopTimeout = b.stopTimeout;
    server.setStopTimeout(0);
    server.setStopAtShutdown(false);
    server.setHandler(new RoutingHandler());
    this.workers = b.workers != null ? b.workers : Workers.newBlockingExecutor("mec4j-worker");
  }

  /**
   * A builder with defaults: 127.0.0.1, a random free port, 1 MiB bodies, plain HTTP.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Adds routes; may be called before or after {@link #start()}.
   *
   * @param routes the routes
   * @return this server
   */
  public MecHttpServer addRoutes(List<Route> routes) {
    router.add(routes);
    return this;
  }

  /**
   * Starts listening.
   *
   * @return this server
   * @throws IllegalStateException when the port cannot be bound
   */
  public MecHttpServer start() {
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot start HTTP server on " + host + ":" + connector.getPort()
          + ": " + e.getMessage() + " (is the port in use?)", e);
    }
    LOG.info("Listening on {}", baseUri());
    return this;
  }

  /**
   * The bound port.
   *
   * @return the port, once started
   */
  public int port() {
    return connector.getLocalPort();
  }

  /**
   * Where clients reach this server, e.g. {@code http://127.0.0.1:8080}.
   *
   * @return the base URI, without a trailing slash
   */
  public URI baseUri() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    if (h.equals("0.0.0.0")) {
      h = "127.0.0.1";
    }
    return URI.create((tls ? "https" : "http") + "://" + h + ":" + port());
  }

  /**
   * Stops gracefully: no new connections are accepted, requests in flight finish (up to the stop timeout), then every
   * connection is closed.
   */
  @Override
  public void close() {
    try {
      connector.setAccepting(false);
      long deadline = System.nanoTime() + stopTimeout.toNanos();
      while (inflight.get() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      if (inflight.get() > 0) {
        LOG.warn("Stopping with {} request(s) still in flight after {} ms", inflight.get(), stopTimeout.toMillis());
      }
      server.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warn("HTTP server did not stop cleanly: {}", e.toString());
    } finally {
      workers.shutdown();
    }
  }

  private final class RoutingHandler extends Handler.Abstract.NonBlocking {

    @Override
    public boolean handle(Request request, Response response, Callback done) {
      inflight.incrementAndGet();
      Callback callback = new Callback() {
        @Override
        public void succeeded() {
          inflight.decrementAndGet();
          done.succeeded();
        }

        @Override
        public void failed(Throwable x) {
          inflight.decrementAndGet();
          done.failed(x);
        }

        @Override
        public InvocationType getInvocationType() {
          return done.getInvocationType();
        }
      };
      String method = request.getMethod();
      String path = request.getHttpURI().getDecodedPath();
      if (path == null) {
        path = "/";
      }
      String what = method + " " + path;
      try {
        Router.Match m = router.match(method, path);
        Route route = m.route();
        if (route == null) {
          if (m.allowed().isEmpty()) {
            answer(request, response, callback, Problems.reply(404, "Not Found", "No resource at " + path));
          } else {
            answer(request, response, callback,
                Problems.reply(405, "Method Not Allowed", method + " is not allowed on " + path + "; allowed: "
                    + String.join(", ", m.allowed())).withHeader("Allow", String.join(", ", m.allowed())));
          }
          return true;
        }
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        if (accept != null && !accepts(accept, route.replyTypes())) {
          answer(request, response, callback, Problems.reply(406, "Not Acceptable",
              "This resource is only available as " + String.join(" or ", new java.util.TreeSet<>(route.replyTypes()))
                  + "; Accept was " + accept));
          return true;
        }
        if (!route.bodyTypes().isEmpty()) {
          String ct = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
          String base = ct == null ? "" : ct.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
          if (!route.bodyTypes().contains(base)) {
            answer(request, response, callback, Problems.reply(415, "Unsupported Media Type",
                "Send the body as " + String.join(" or ", route.bodyTypes())
                    + (ct == null ? "; Content-Type is missing" : "; Content-Type was " + ct)));
            return true;
          }
          long length = request.getLength();
          int limit = route.maxBodyBytes() > 0 ? route.maxBodyBytes() : maxBodyBytes;
          if (length > limit) {
            rejectTooLarge(request, response, callback, length, limit);
            return true;
          }
          Map<String, String> params = m.pathParams();
          Content.Source.asByteArrayAsync(request, limit, Promise.Invocable.from(
              Invocable.InvocationType.NON_BLOCKING, (byte[] body, Throwable error) -> {
            if (error != null) {
              if (error instanceof IllegalArgumentException || error.getCause() instanceof IllegalArgumentException) {
                rejectTooLarge(request, response, callback, -1, limit);
              } else {
                send(response, callback, Problems.reply(400, "Bad Request", "Cannot read the request body"));
              }
              return;
            }
            dispatch(route, request, params, body, response, callback, what);
          }));
          return true;
        }
        if (route.inline()) {
          answer(request, response, callback, run(route, request, m.pathParams(), new byte[0], what));
        } else if (request.getLength() == 0) {
          dispatch(route, request, m.pathParams(), new byte[0], response, callback, what);
        } else {
          // a body this route does not take: read and drop it first, so the connection stays usable
          Map<String, String> params = m.pathParams();
          Content.Source.consumeAll(request, Callback.from(
              () -> dispatch(route, request, params, new byte[0], response, callback, what),
              failure -> send(response, callback, Problems.reply(400, "Bad Request", "Cannot read the request body"))));
        }
      } catch (RuntimeException e) {
        answer(request, response, callback, Problems.of(what, e));
      }
      return true;
    }

    private void dispatch(Route route, Request request, Map<String, String> params, byte[] body, Response response,
        Callback callback, String what) {
      try {
        workers.execute(() -> send(response, callback, run(route, request, params, body, what)));
      } catch (RuntimeException rejected) {
        send(response, callback, Problems.reply(503, "Service Unavailable", "The server is shutting down"));
      }
    }

    private HttpReply run(Route route, Request request, Map<String, String> params, byte[] body, String what) {
      try {
        HttpCall call = new HttpCall(route.method(), request.getHttpURI().getDecodedPath(), params,
            parseQuery(request.getHttpURI().getQuery()), headers(request.getHeaders()), body);
        return route.handler().handle(call);
      } catch (Exception e) {
        return Problems.of(what, e);
      }
    }
  }

  /**
   * Answers 413. A body of moderate excess is read and discarded first, so that the client, which may still be
   * sending, reliably gets the answer instead of a reset connection; a huge one is cut off at once.
   */
  private void rejectTooLarge(Request request, Response response, Callback callback, long length, int limit) {
    answer(request, response, callback, tooLarge(length, limit));
  }

  /**
   * Sends a reply to a request whose body was not read: reads and discards a body of moderate size first, so the
   * connection stays usable for the client's next request.
   */
  private void answer(Request request, Response response, Callback callback, HttpReply reply) {
    long length = request.getLength();
    if (length == 0 || length > 8L * maxBodyBytes) {
      send(response, callback, reply);
      return;
    }
    Content.Source.consumeAll(request, Callback.from(() -> send(response, callback, reply),
        failure -> send(response, callback, reply)));
  }

  private static HttpReply tooLarge(long length, int limit) {
    return Problems.reply(413, "Content Too Large", "Request bodies are limited to " + limit + " bytes"
        + (length > 0 ? "; this one has " + length : ""));
  }

  private static void send(Response response, Callback callback, HttpReply reply) {
    response.setStatus(reply.status());
    HttpFields.Mutable h = response.getHeaders();
    if (reply.contentType() != null) {
      h.put(HttpHeader.CONTENT_TYPE, reply.contentType());
    }
    for (Map.Entry<String, String> e : reply.headers().entrySet()) {
      h.put(e.getKey(), e.getValue());
    }
    response.write(true, ByteBuffer.wrap(reply.body()), callback);
  }

  /** Whether an {@code Accept} header admits one of a route's reply types (or problem details, or a wildcard). */
  static boolean accepts(String accept, java.util.Set<String> replyTypes) {
    if (replyTypes.contains(HttpReply.JSON) && acceptsJson(accept)) {
      return true;
    }
    for (String part : accept.split(",")) {
      String t = part.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (t.isEmpty() || t.equals("*/*") || t.equals(HttpReply.PROBLEM_JSON) || replyTypes.contains(t)
          || (t.endsWith("/*") && replyTypes.stream().anyMatch(r -> r.startsWith(t.substring(0, t.length() - 1))))) {
        return true;
      }
    }
    return false;
  }

  static boolean acceptsJson(String accept) {
    for (String part : accept.split(",")) {
      String t = part.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (t.equals("*/*") || t.equals("application/*") || t.equals("application/json")
          || t.equals("application/problem+json") || t.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> headers(HttpFields fields) {
    Map<String, String> out = new HashMap<>();
    for (HttpField f : fields) {
      out.putIfAbsent(f.getLowerCaseName(), f.getValue());
    }
    return out;
  }

  static Map<String, List<String>> parseQuery(@Nullable String raw) {
    if (raw == null || raw.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> out = new HashMap<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      List<String> values = out.computeIfAbsent(name, k -> new ArrayList<>());
      for (String v : value.split(",", -1)) {
        values.add(v);
      }
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new io.mec4j.model.error.MecBadRequestException("Malformed percent-encoding in query: " + s);
    }
  }

  /** Builds a {@link MecHttpServer}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private int maxBodyBytes = 1 << 20;
    private int maxThreads = 64;
    private Duration idleTimeout = Duration.ofSeconds(60);
    private Duration stopTimeout = Duration.ofSeconds(2);
    private @Nullable SSLContext sslContext;
    private boolean needClientAuth;
    private @Nullable ExecutorService workers;

    private Builder() {}

    /**
     * The interface to bind; {@code 127.0.0.1} by default, {@code 0.0.0.0} for all.
     *
     * @param host the host or address
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * The port; 0 (the default) picks a free one.
     *
     * @param port the port
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The largest request body accepted; larger ones get 413. Default 1 MiB.
     *
     * @param bytes the limit
     * @return this builder
     */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * Jetty's thread pool size. Default 64.
     *
     * @param threads the maximum number of threads
     * @return this builder
     */
    public Builder maxThreads(int threads) {
      if (threads < 8) {
        throw new IllegalArgumentException("maxThreads must be >= 8");
      }
      this.maxThreads = threads;
      return this;
    }

    /**
     * How long an idle connection is kept. Default 60 s.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * How long {@link #close()} waits for requests in flight. Default 2 s.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder stopTimeout(Duration timeout) {
      this.stopTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Serves HTTPS with this context (its key manager holds the server certificate).
     *
     * @param context the TLS context
     * @param requireClientCertificate true for mutual TLS: clients must present a certificate the context's trust
     *     manager accepts
     * @return this builder
     */
    public Builder tls(SSLContext context, boolean requireClientCertificate) {
      this.sslContext = Objects.requireNonNull(context, "context");
      this.needClientAuth = requireClientCertificate;
      return this;
    }

    /**
     * The executor for handlers that may block. Default: virtual threads on Java 21+, else a cached daemon pool.
     * The server shuts it down on close.
     *
     * @param workers the executor
     * @return this builder
     */
    public Builder workers(ExecutorService workers) {
      this.workers = Objects.requireNonNull(workers, "workers");
      return this;
    }

    /**
     * Builds the server (not started).
     *
     * @return the server
     */
    public MecHttpServer build() {
      return new MecHttpServer(this);
    }
  }
}
