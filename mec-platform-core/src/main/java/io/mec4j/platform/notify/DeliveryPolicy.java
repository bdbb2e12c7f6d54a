package io.mec4j.platform.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard notifications are pushed to a subscriber that does not answer.
 *
 * <p>Attempt {@code n} (1 = the first retry) waits {@code min(maxBackoff, initialBackoff * 2^(n-1))}, scaled by a
 * random factor in [0.5, 1.0] so that many subscribers coming back at once are not hit in lockstep. A subscription's
 * queue keeps at most {@code maxQueued} notifications, none older than {@code maxAge}; past either bound the oldest
 * are dropped and counted.
 *
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff the longest wait between two attempts
 * @param maxQueued the most notifications kept per subscription
 * @param maxAge how long a notification is kept trying
 */
public record DeliveryPolicy(Duration initialBackoff, Duration maxBackoff, int maxQueued, Duration maxAge) {

  /** 250 ms first retry, 30 s at most between attempts, 10,000 queued per subscription, kept for 24 hours. */
  public static final DeliveryPolicy DEFAULT =
      new DeliveryPolicy(Duration.ofMillis(250), Duration.ofSeconds(30), 10_000, Duration.ofHours(24));

  /** Checks the components. */
  public DeliveryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxAge, "maxAge");
    if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("need 0 < initialBackoff <= maxBackoff");
    }
    if (maxQueued < 1) {
      throw new IllegalArgumentException("maxQueued must be >= 1, was " + maxQueued);
    }
  }

  /**
   * The wait before attempt {@code attempt} without jitter.
   *
   * @param attempt 1 for the first retry
   * @return the wait
   */
  public Duration backoff(int attempt) {
    long base = initialBackoff.toNanos();
    int shift = Math.min(Math.max(attempt - 1, 0), 40);
    long nanos = base > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : base << shift;
    return Duration.ofNanos(Math.min(nanos, maxBackoff.toNanos()));
  }
}
