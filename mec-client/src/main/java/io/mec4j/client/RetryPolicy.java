package io.mec4j.client;

import java.time.Duration;
import java.util.Objects;

/**
 * When a client repeats a call by itself: only idempotent calls ({@code GET}, {@code PUT}, {@code DELETE}), only when
 * the connection could not be made or the server answered 503 with a {@code Retry-After} header, at most {@code
 * maxAttempts} times in all, waiting with exponential backoff (and jitter) between connection attempts and as long as
 * {@code Retry-After} says after a 503 (unless that is longer than {@code maxRetryAfter}: then the 503 is reported).
 *
 * <p>Every attempt counts against the client's call timeout.
 *
 * <pre>{@code
 * RetryPolicy.defaults();                              // 3 attempts, 100 ms doubling to 2 s, Retry-After up to 10 s
 * RetryPolicy.none();                                  // never retry
 * new RetryPolicy(5, Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofSeconds(30));
 * }</pre>
 *
 * @param maxAttempts attempts in all, at least 1 (1 means no retry)
 * @param initialBackoff the wait before the second attempt after a connection failure
 * @param maxBackoff the longest wait between connection attempts
 * @param maxRetryAfter the longest {@code Retry-After} the client honours
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

  /** Checks the values. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
  }

  /**
   * Three attempts, backoff from 100 ms doubling up to 2 s, {@code Retry-After} honoured up to 10 s.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(10));
  }

  /**
   * Never retry.
   *
   * @return the policy
   */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  /**
   * The wait before attempt {@code attempt + 1} after a connection failure, without jitter.
   *
   * @param attempt the attempt that failed, from 1
   * @return the wait
   */
  public Duration backoff(int attempt) {
    long millis = initialBackoff.toMillis();
    for (int i = 1; i < attempt && millis < maxBackoff.toMillis(); i++) {
      millis *= 2;
    }
    return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
  }
}
