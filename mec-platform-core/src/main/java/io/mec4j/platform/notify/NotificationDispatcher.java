package io.mec4j.platform.notify;

import io.mec4j.platform.spi.NotificationSender;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers notifications at least once, in order, per subscription.
 *
 * <p>Each subscription has its own queue with at most one notification in flight. A notification leaves the queue
 * only when the subscriber answers 2xx; any other answer, a timeout or a refused connection keeps it at the head and
 * schedules another attempt after the {@link DeliveryPolicy#backoff(int) backoff}. So a subscriber that is down for a
 * while receives everything, in order, once it is back; only what exceeds the policy's retention is dropped (and
 * counted). Answers 400 and 410 mean the subscriber refuses this notification for good: it is dropped, the queue goes
 * on.
 *
 * <p>Thread-safe. Sending is asynchronous ({@link NotificationSender}); the scheduler only runs short tasks.
 */
public final class NotificationDispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

  /**
   * Counters since start.
   *
   * @param delivered notifications a subscriber accepted
   * @param failedAttempts attempts that did not succeed (each retry counts)
   * @param dropped notifications given up: refused for good or past retention
   * @param pending notifications queued now
   */
  public record Stats(long delivered, long failedAttempts, long dropped, long pending) {}

  private record Item(URI callback, byte[] body, Instant queuedAt) {}

  private final class SubscriberQueue {
    final String key;
    final ArrayDeque<Item> items = new ArrayDeque<>();
    boolean busy; // an attempt is in flight or scheduled
    int attempt;
    boolean cancelled;

    SubscriberQueue(String key) {
      this.key = key;
    }
  }

  private final NotificationSender sender;
  private final ScheduledExecutorService scheduler;
  private final DeliveryPolicy policy;
  private final Clock clock;
  private final Map<String, SubscriberQueue> queues = new ConcurrentHashMap<>();
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong pending = new AtomicLong();
  private volatile boolean closed;

  /**
   * A dispatcher.
   *
   * @param sender makes each attempt
   * @param scheduler schedules attempts and retries; not shut down by {@link #close()}
   * @param policy backoff and retention
   * @param clock ages notifications for retention
   */
  public NotificationDispatcher(
      NotificationSender sender, ScheduledExecutorService scheduler, DeliveryPolicy policy, Clock clock) {
    this.sender = Objects.requireNonNull(sender, "sender");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Queues a notification for a subscription.
   *
   * @param subscriptionKey identifies the subscription (its queue); unique across the engine
   * @param callback the subscriber's callback URI
   * @param body the notification, JSON
   */
  public void enqueue(String subscriptionKey, URI callback, byte[] body) {
    Objects.requireNonNull(subscriptionKey, "subscriptionKey");
    Objects.requireNonNull(callback, "callback");
    Objects.requireNonNull(body, "body");
    if (closed) {
      throw new IllegalStateException("NotificationDispatcher is closed");
    }
    SubscriberQueue q = queues.computeIfAbsent(subscriptionKey, SubscriberQueue::new);
    boolean start;
    synchronized (q) {
      if (q.cancelled) {
        return;
      }
      q.items.addLast(new Item(callback, body, clock.instant()));
      pending.incrementAndGet();
      while (q.items.size() > policy.maxQueued()) {
        // never drop the head while an attempt for it is in flight: drop the second oldest instead
        Item victim = q.busy ? removeSecond(q) : q.items.pollFirst();
        if (victim == null) {
          break;
        }
        pending.decrementAndGet();
        dropped.incrementAndGet();
      }
      start = !q.busy;
      q.busy = true;
    }
    if (start) {
      scheduler.execute(() -> attempt(q));
    }
  }

  private static @Nullable Item removeSecond(SubscriberQueue q) {
    if (q.items.size() < 2) {
      return null;
    }
    Item head = q.items.pollFirst();
    Item second = q.items.pollFirst();
    q.items.addFirst(head);
    return second;
  }

  /**
   * Drops a subscription's queue, e.g. when the subscription is deleted. An attempt in flight still completes.
   *
   * @param subscriptionKey the subscription
   */
  public void cancel(String subscriptionKey) {
    SubscriberQueue q = queues.remove(subscriptionKey);
    if (q != null) {
      synchronized (q) {
        q.cancelled = true;
        pending.addAndGet(-q.items.size());
        q.items.clear();
      }
    }
  }

  /**
   * Notifications queued for a subscription now.
   *
   * @param subscriptionKey the subscription
   * @return the queue length, including one in flight
   */
  public int pending(String subscriptionKey) {
    SubscriberQueue q = queues.get(subscriptionKey);
    if (q == null) {
      return 0;
    }
    synchronized (q) {
      return q.items.size();
    }
  }

  /**
   * Counters since start.
   *
   * @return a snapshot
   */
  public Stats stats() {
    return new Stats(delivered.get(), failed.get(), dropped.get(), pending.get());
  }

  private void attempt(SubscriberQueue q) {
    Item item;
    synchronized (q) {
      expireOld(q);
      item = q.items.peekFirst();
      if (item == null || q.cancelled || closed) {
        q.busy = false;
        return;
      }
    }
    CompletableFuture<Integer> result;
    try {
      result = sender.post(item.callback(), item.body());
    } catch (RuntimeException e) {
      result = CompletableFuture.failedFuture(e);
    }
    result.whenComplete((status, error) -> done(q, item, status, error));
  }

  private void done(SubscriberQueue q, Item item, @Nullable Integer status, @Nullable Throwable error) {
    boolean success = error == null && status != null && status >= 200 && status < 300;
    boolean refused = error == null && status != null && (status == 400 || status == 410);
    long delayNanos = 0;
    synchronized (q) {
      if (success || refused) {
        // count the outcome before the queue shrinks, so that pending == 0 implies the counters are final
        if (success) {
          delivered.incrementAndGet();
        } else {
          dropped.incrementAndGet();
          LOG.warn("Subscriber {} refused a notification with {}; dropped it", item.callback(), status);
        }
        if (q.items.peekFirst() == item) {
          q.items.pollFirst();
          pending.decrementAndGet();
        }
        q.attempt = 0;
      } else {
        failed.incrementAndGet();
        q.attempt++;
        long base = policy.backoff(q.attempt).toNanos();
        delayNanos = (long) (base * (0.5 + 0.5 * ThreadLocalRandom.current().nextDouble()));
        if (q.attempt == 1 || q.attempt % 10 == 0) {
          LOG.info("Notification to {} failed ({}), attempt {}; retrying in {} ms", item.callback(),
              error != null ? error.toString() : "HTTP " + status, q.attempt, delayNanos / 1_000_000);
        }
      }
      if (q.items.isEmpty() || q.cancelled || closed) {
        q.busy = false;
        return;
      }
    }
    if (delayNanos == 0) {
      scheduler.execute(() -> attempt(q));
    } else {
      scheduler.schedule(() -> attempt(q), delayNanos, TimeUnit.NANOSECONDS);
    }
  }

  private void expireOld(SubscriberQueue q) {
    Instant cutoff = clock.instant().minus(policy.maxAge());
    while (!q.items.isEmpty() && q.items.peekFirst().queuedAt().isBefore(cutoff)) {
      q.items.pollFirst();
      pending.decrementAndGet();
      dropped.incrementAndGet();
      q.attempt = 0;
    }
  }

  /** Stops delivering; queued notifications are abandoned. */
  @Override
  public void close() {
    closed = true;
  }
}
