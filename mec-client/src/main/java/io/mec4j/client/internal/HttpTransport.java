package io.mec4j.client.internal;

import io.mec4j.client.TokenProvider;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * <b>Not API.</b> Sends a client's {@link Exchange}s: synchronously on the caller's thread or asynchronously on the
 * shared dispatcher; maps error answers and failures to the mec4j exceptions; logs every call at debug level (method,
 * URI, status, time; never the token).
 */
public final class HttpTransport implements AutoCloseable {

  private final Settings settings;
  private final Engine engine;
  private final OkHttpClient ok;
  private final @Nullable String fixedAuthorization;
  private final HttpUrl base;
  private final Logger log;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * A transport for one client.
   *
   * @param settings the client's settings
   * @param engine the engine to share, or {@code null} for a new one
   * @param clientType the client class, names the logger
   */
  public HttpTransport(Settings settings, @Nullable Engine engine, Class<?> clientType) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.engine = engine != null ? engine : Engine.create();
    this.log = LoggerFactory.getLogger(clientType);
    String b = settings.baseUri().toString();
    HttpUrl parsed = HttpUrl.parse(b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
    if (parsed == null) {
      throw new IllegalArgumentException("baseUri must be an absolute http or https URI, was " + settings.baseUri());
    }
    this.base = parsed;
    OkHttpClient.Builder ob = this.engine.acquire().newBuilder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .writeTimeout(settings.writeTimeout())
        .callTimeout(settings.callTimeout())
        .followRedirects(false)
        .addInterceptor(new RetryInterceptor(settings.retryPolicy()))
        .addNetworkInterceptor(RetryInterceptor::hideRetryAfter);
    TokenProvider tokens = settings.tokens();
    if (tokens != null && tokens.isFixed()) {
      // a fixed token cannot be renewed: send it with every request, no interceptor needed
      this.fixedAuthorization = "Bearer " + tokens.token();
    } else {
      this.fixedAuthorization = null;
      if (tokens != null) {
        ob.addInterceptor(new AuthInterceptor(tokens));
      }
    }
    if (settings.sslContext() != null && settings.trustManager() != null) {
      ob.sslSocketFactory(settings.sslContext().getSocketFactory(), settings.trustManager());
    }
    this.ok = ob.build();
  }

  /**
   * The settings this transport was built with.
   *
   * @return the settings
   */
  public Settings settings() {
    return settings;
  }

  /**
   * The shared engine, for {@code toBuilder()}.
   *
   * @return the engine
   */
  public Engine engine() {
    return engine;
  }

  /**
   * Starts a request relative to the base URI.
   *
   * @param method the HTTP method
   * @param reader how to read a 2xx answer
   * @param <T> the result type
   * @return the builder
   */
  public <T> Exchange.Builder<T> exchange(String method, BodyReader<T> reader) {
    return authorized(new Exchange.Builder<>(method, base, reader).header("User-Agent", settings.userAgent()));
  }

  private <T> Exchange.Builder<T> authorized(Exchange.Builder<T> b) {
    String auth = fixedAuthorization;
    return auth == null ? b : b.header("Authorization", auth);
  }

  /**
   * Starts a request to an absolute URI (a link the server gave, a callback URI).
   *
   * @param method the HTTP method
   * @param uri the absolute URI
   * @param reader how to read a 2xx answer
   * @param <T> the result type
   * @return the builder
   */
  public <T> Exchange.Builder<T> exchange(String method, URI uri, BodyReader<T> reader) {
    if (!uri.isAbsolute()) {
      uri = settings.baseUri().resolve(uri);
    }
    return authorized(new Exchange.Builder<>(method, uri, reader).header("User-Agent", settings.userAgent()));
  }

  /**
   * Sends on the calling thread.
   *
   * @param ex the exchange
   * @param <T> the result type
   * @return the decoded answer
   * @throws io.mec4j.model.error.MecServiceException on an error answer
   * @throws io.mec4j.client.MecClientException when there is no usable answer
   */
  public <T> T send(Exchange<T> ex) {
    checkOpen();
    long start = System.nanoTime();
    Reply reply;
    try (Response response = ok.newCall(ex.request()).execute()) {
      reply = reply(ex, response);
    } catch (IOException e) {
      logFailure(ex, start, e);
      throw Errors.ioError(ex.method(), ex.uri(), e, settings.callTimeout());
    }
    logDone(reply, start);
    return handle(ex, reply);
  }

  /**
   * Sends asynchronously; the future completes on a dispatcher thread, exceptionally with the same exceptions {@link
   * #send} throws. Cancelling the future cancels the call.
   *
   * @param ex the exchange
   * @param <T> the result type
   * @return the future answer
   */
  public <T> CompletableFuture<T> sendAsync(Exchange<T> ex) {
    CompletableFuture<T> future = new CompletableFuture<>();
    if (closed.get()) {
      future.completeExceptionally(closedError());
      return future;
    }
    long start = System.nanoTime();
    Call call;
    try {
      call = ok.newCall(ex.request());
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
      return future;
    }
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call c, IOException e) {
        logFailure(ex, start, e);
        future.completeExceptionally(Errors.ioError(ex.method(), ex.uri(), e, settings.callTimeout()));
      }

      @Override
      public void onResponse(Call c, Response response) {
        Reply reply;
        try (response) {
          reply = reply(ex, response);
        } catch (IOException e) {
          onFailure(c, e);
          return;
        }
        logDone(reply, start);
        try {
          future.complete(handle(ex, reply));
        } catch (RuntimeException e) {
          future.completeExceptionally(e);
        }
      }
    });
    future.whenComplete((v, e) -> {
      if (future.isCancelled()) {
        call.cancel();
      }
    });
    return future;
  }

  private void checkOpen() {
    if (closed.get()) {
      throw closedError();
    }
  }

  private static IllegalStateException closedError() {
    return new IllegalStateException("This client is closed: build a new one (or call toBuilder() on an open one)");
  }

  private static <T> T handle(Exchange<T> ex, Reply reply) {
    if (reply.status() >= 200 && reply.status() < 300) {
      return ex.reader().read(reply);
    }
    throw Errors.serviceError(reply);
  }

  private static Reply reply(Exchange<?> ex, Response response) throws IOException {
    byte[] body = response.body().bytes();
    return new Reply(ex.method(), ex.uri(), response.code(), new HeaderView(response.headers()), body);
  }

  private void logDone(Reply r, long start) {
    if (log.isDebugEnabled()) {
      log.debug("{} {} -> {} ({} ms)", r.method(), r.uri(), r.status(), (System.nanoTime() - start) / 1_000_000);
    }
  }

  private void logFailure(Exchange<?> ex, long start, IOException e) {
    if (log.isDebugEnabled()) {
      Object why = e instanceof MecIoException m ? m.mecCause().getMessage() : e.toString();
      log.debug("{} {} -> failed after {} ms: {}", ex.method(), ex.uri(), (System.nanoTime() - start) / 1_000_000,
          why);
    }
  }

  /** Releases this client's share of the connection pool; idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      engine.release();
    }
  }
}
