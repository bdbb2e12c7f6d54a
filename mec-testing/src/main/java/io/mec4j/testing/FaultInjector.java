package io.mec4j.testing;

import io.mec4j.platform.spi.NotificationSender;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults in the embedded platform's notification delivery, to test how an application copes with a real network:
 *
 * <ul>
 *   <li>{@link #failNextCallbacks(int)}: the next attempts fail as if the connection were refused; the platform
 *       retries them (at-least-once delivery), so the notifications arrive late.
 *   <li>{@link #dropNextCallbacks(int)}: the next notifications are lost for good, as if a broken middlebox
 *       acknowledged them; use it to test that an application re-synchronises (e.g. re-reads {@code /services}).
 *   <li>{@link #delayCallbacks(Duration)}: every delivery waits this long first.
 *   <li>{@link #stopSubscriber(String)} / {@link #resumeSubscriber(String)}: every delivery to callbacks that start
 *       with a prefix fails until resumed, like a subscriber that is down.
 * </ul>
 *
 * <p>Thread-safe. Faults apply to notifications sent after they are set.
 */
public final class FaultInjector {

  private final AtomicInteger failNext = new AtomicInteger();
  private final AtomicInteger dropNext = new AtomicInteger();
  private final AtomicLong delayMillis = new AtomicLong();
  private final List<String> stopped = new CopyOnWriteArrayList<>();
  private final AtomicInteger dropped = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();

  FaultInjector() {}

  /**
   * Fails the next {@code n} delivery attempts (the platform retries them).
   *
   * @param n how many attempts
   * @return this injector
   */
  public FaultInjector failNextCallbacks(int n) {
    failNext.set(requireNonNegative(n));
    return this;
  }

  /**
   * Loses the next {@code n} notifications: reported delivered, never sent.
   *
   * @param n how many notifications
   * @return this injector
   */
  public FaultInjector dropNextCallbacks(int n) {
    dropNext.set(requireNonNegative(n));
    return this;
  }

  /**
   * Delays every delivery.
   *
   * @param delay the delay; zero for none
   * @return this injector
   */
  public FaultInjector delayCallbacks(Duration delay) {
    delayMillis.set(Objects.requireNonNull(delay, "delay").toMillis());
    return this;
  }

  /**
   * Makes every delivery to callbacks starting with {@code callbackPrefix} fail until {@link #resumeSubscriber}.
   *
   * @param callbackPrefix e.g. {@code http://127.0.0.1:9000/}
   * @return this injector
   */
  public FaultInjector stopSubscriber(String callbackPrefix) {
    stopped.add(Objects.requireNonNull(callbackPrefix, "callbackPrefix"));
    return this;
  }

  /**
   * Lets deliveries to a stopped subscriber through again; the platform then delivers what it kept.
   *
   * @param callbackPrefix the prefix given to {@link #stopSubscriber}
   * @return this injector
   */
  public FaultInjector resumeSubscriber(String callbackPrefix) {
    stopped.remove(callbackPrefix);
    return this;
  }

  /** Clears every fault. */
  public void reset() {
    failNext.set(0);
    dropNext.set(0);
    delayMillis.set(0);
    stopped.clear();
  }

  /**
   * Notifications lost by {@link #dropNextCallbacks} so far.
   *
   * @return the count
   */
  public int droppedCount() {
    return dropped.get();
  }

  /**
   * Attempts failed by injection so far.
   *
   * @return the count
   */
  public int failedCount() {
    return failed.get();
  }

  NotificationSender wrap(NotificationSender real) {
    return new NotificationSender() {
      @Override
      public CompletableFuture<Integer> post(URI callback, byte[] json) {
        long delay = delayMillis.get();
        if (delay > 0) {
          return CompletableFuture.supplyAsync(() -> null,
              CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS)).thenCompose(x -> attempt(callback, json));
        }
        return attempt(callback, json);
      }

      private CompletableFuture<Integer> attempt(URI callback, byte[] json) {
        String target = callback.toString();
        if (stopped.stream().anyMatch(target::startsWith) || take(failNext)) {
          failed.incrementAndGet();
          return CompletableFuture.failedFuture(new ConnectException("Injected fault: connection refused by "
              + callback));
        }
        if (take(dropNext)) {
          dropped.incrementAndGet();
          return CompletableFuture.completedFuture(204);
        }
        return real.post(callback, json);
      }

      @Override
      public void close() {
        real.close();
      }
    };
  }

  private static boolean take(AtomicInteger counter) {
    return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }

  private static int requireNonNegative(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("count must be >= 0, was " + n);
    }
    return n;
  }
}
