package io.mec4j.platform.spi;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one notification to a subscriber's {@code callbackReference}. The engines' delivery machinery decides what to
 * send when, and retries; a sender makes exactly one attempt.
 *
 * <p>The default, {@link JdkHttpNotificationSender}, POSTs {@code application/json} with the JDK HTTP client. Test
 * kits wrap a sender to drop, delay or fail deliveries.
 */
public interface NotificationSender extends AutoCloseable {

  /**
   * POSTs a JSON body.
   *
   * @param callback the subscriber's callback URI
   * @param json the notification body
   * @return the HTTP status the subscriber answered; completes exceptionally when no response came (connection
   *     refused, timeout)
   */
  CompletableFuture<Integer> post(URI callback, byte[] json);

  /** Releases the sender's resources. The default does nothing. */
  @Override
  default void close() {}
}
