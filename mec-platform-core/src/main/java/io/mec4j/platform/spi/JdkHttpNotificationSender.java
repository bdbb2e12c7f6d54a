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

  /**
   * A sender with 2 s connect and 5 s request timeouts.
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
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
        .executor(Objects.requireNonNull(executor, "executor"))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
  }

  @Override
  public CompletableFuture<Integer> post(URI callback, byte[] json) {
    HttpRequest request = HttpRequest.newBuilder(callback)
        .timeout(requestTimeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json))
        .build();
    return client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
  }
}
