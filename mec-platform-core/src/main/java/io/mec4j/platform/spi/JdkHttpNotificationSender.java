package io.mec4j.platform.spi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The default {@link NotificationSender}: HTTP/1.1 POST with the JDK HTTP client, {@code Content-Type:
 * application/json}, bounded connect and request timeouts.
 */
public final class JdkHttpNotificationSender implements NotificationSender {

  private final HttpClient client;
  private final Duration requestTimeout;
  private final int maxInFlight;
  private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.ConcurrentLinkedQueue<Runnable> waiting =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  /**
   * A sender with 2 s connect and 5 s request timeouts and at most 64 requests in flight.
   *
   * @param executor runs the client's I/O completions
   */
  public JdkHttpNotificationSender(Executor executor) {
    this(executor, Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  /**
   * A sender with given timeouts.
   *
   * @param executor runs the client's I/O completions
   * @param connectTimeout how long to wait for a connection
   * @param requestTimeout how long to wait for the response
   */
  public JdkHttpNotificationSender(Executor executor, Duration connectTimeout, Duration requestTimeout) {
    this(executor, connectTimeout, requestTimeout, 64);
  }

  /**
   * A sender with given timeouts and concurrency. Requests beyond {@code maxInFlight} wait their turn, which keeps
   * the number of connections small and reused when a change fans out to many subscribers.
   *
   * @param executor runs the client's I/O completions
   * @param connectTimeout how long to wait for a connection
   * @param requestTimeout how long to wait for the response
   * @param maxInFlight the most requests sent at once
   */
  public JdkHttpNotificationSender(Executor executor, Duration connectTimeout, Duration requestTimeout,
      int maxInFlight) {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight must be >= 1, was " + maxInFlight);
    }
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
        .executor(Objects.requireNonNull(executor, "executor"))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    this.maxInFlight = maxInFlight;
  }

  @Override
  public CompletableFuture<Integer> post(URI callback, byte[] json) {
    HttpRequest request = HttpRequest.newBuilder(callback)
        .timeout(requestTimeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json))
        .build();
    CompletableFuture<Integer> result = new CompletableFuture<>();
    Runnable send = () -> client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete((r, e) -> {
          release();
          if (e != null) {
            result.completeExceptionally(e);
          } else {
            result.complete(r.statusCode());
          }
        });
    if (inFlight.incrementAndGet() <= maxInFlight) {
      send.run();
    } else {
      inFlight.decrementAndGet();
      waiting.add(send);
      drain();
    }
    return result;
  }

  private void release() {
    inFlight.decrementAndGet();
    drain();
  }

  /** Starts waiting sends while there is room; bounded concurrency keeps connections few and reused. */
  private void drain() {
    while (!waiting.isEmpty()) {
      if (inFlight.incrementAndGet() > maxInFlight) {
        inFlight.decrementAndGet();
        return;
      }
      Runnable next = waiting.poll();
      if (next == null) {
        inFlight.decrementAndGet();
        return;
      }
      next.run();
    }
  }
}
