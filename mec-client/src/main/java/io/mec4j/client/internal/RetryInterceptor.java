package io.mec4j.client.internal;

import io.mec4j.client.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats idempotent requests ({@code GET}, {@code HEAD}, {@code PUT}, {@code DELETE}) after a connection failure
 * (with exponential backoff and jitter) or a 503 with {@code Retry-After}, as the {@link RetryPolicy} allows.
 */
final class RetryInterceptor implements Interceptor {

  private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);

  private final RetryPolicy policy;

  RetryInterceptor(RetryPolicy policy) {
    this.policy = policy;
  }

  /** Where {@link #hideRetryAfter} keeps a 503's {@code Retry-After}. */
  static final String HIDDEN_RETRY_AFTER = "X-Mec4j-Retry-After";

  /**
   * Network interceptor: OkHttp by itself repeats any request, POST included, once after a 503 with {@code
   * Retry-After: 0}. Hiding the header from it leaves the decision to this class and its policy.
   *
   * @param chain the network chain
   * @return the response, a 503's {@code Retry-After} moved to {@link #HIDDEN_RETRY_AFTER}
   * @throws IOException as the chain
   */
  static Response hideRetryAfter(Chain chain) throws IOException {
    Response r = chain.proceed(chain.request());
    String retryAfter = r.header("Retry-After");
    if (r.code() != 503 || retryAfter == null) {
      return r;
    }
    return r.newBuilder().removeHeader("Retry-After").header(HIDDEN_RETRY_AFTER, retryAfter).build();
  }

  /** Puts a hidden {@code Retry-After} back where the caller expects it. */
  private static Response restore(Response r) {
    String hidden = r.header(HIDDEN_RETRY_AFTER);
    if (hidden == null) {
      return r;
    }
    return r.newBuilder().removeHeader(HIDDEN_RETRY_AFTER).header("Retry-After", hidden).build();
  }

  static boolean idempotent(String method) {
    return switch (method) {
      case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
      default -> false;
    };
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (policy.maxAttempts() == 1 || !idempotent(request.method())) {
      return restore(chain.proceed(request));
    }
    for (int attempt = 1; ; attempt++) {
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        if (attempt >= policy.maxAttempts() || !connectFailure(e) || chain.call().isCanceled()) {
          throw e;
        }
        Duration wait = jitter(policy.backoff(attempt));
        LOG.debug("{} {}: cannot connect ({}), attempt {} of {} in {} ms", request.method(), request.url(), e,
            attempt + 1, policy.maxAttempts(), wait.toMillis());
        sleep(wait);
        continue;
      }
      response = restore(response);
      if (response.code() != 503 || attempt >= policy.maxAttempts()) {
        return response;
      }
      Duration wait = retryAfter(response.header("Retry-After"));
      if (wait == null || wait.compareTo(policy.maxRetryAfter()) > 0) {
        return response;
      }
      LOG.debug("{} {}: 503 with Retry-After, attempt {} of {} in {} ms", request.method(), request.url(),
          attempt + 1, policy.maxAttempts(), wait.toMillis());
      response.close();
      sleep(wait);
    }
  }

  static boolean connectFailure(IOException e) {
    if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
      return true;
    }
    return e instanceof SocketTimeoutException && e.getMessage() != null && e.getMessage().contains("connect");
  }

  /** Seconds or an HTTP date, per RFC 9110; {@code null} when absent or unreadable. */
  static @Nullable Duration retryAfter(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }

  private static Duration jitter(Duration d) {
    long ms = d.toMillis();
    if (ms <= 1) {
      return d;
    }
    return Duration.ofMillis(ms / 2 + ThreadLocalRandom.current().nextLong(ms / 2 + 1));
  }

  private static void sleep(Duration d) throws InterruptedIOException {
    if (d.isZero()) {
      return;
    }
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while waiting to retry");
      io.initCause(e);
      throw io;
    }
  }
}
