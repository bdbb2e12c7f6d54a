package io.mec4j.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mec4j.platform.spi.NotificationSender;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NotificationDispatcherTest {

  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
  private final List<String> delivered = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final AtomicInteger status = new AtomicInteger(204);
  private final URI cb = URI.create("http://127.0.0.1:1/cb");

  private final NotificationSender sender = (callback, json) -> {
    if (failuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
      return CompletableFuture.failedFuture(new ConnectException("refused"));
    }
    int s = status.get();
    if (s < 300) {
      delivered.add(callback.getPath() + ":" + new String(json, StandardCharsets.UTF_8));
    }
    return CompletableFuture.completedFuture(s);
  };

  private NotificationDispatcher dispatcher(DeliveryPolicy policy) {
    return new NotificationDispatcher(sender, scheduler, policy, Clock.systemUTC());
  }

  private static DeliveryPolicy fast(int maxQueued) {
    return new DeliveryPolicy(Duration.ofMillis(5), Duration.ofMillis(40), maxQueued, Duration.ofHours(1));
  }

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  @Test
  void failures_areRetried_orderIsKept() {
    NotificationDispatcher d = dispatcher(fast(100));
    failuresLeft.set(5);
    for (int i = 0; i < 10; i++) {
      d.enqueue("sub-1", cb, ("n" + i).getBytes(StandardCharsets.UTF_8));
    }

    await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() == 10);
    assertThat(delivered).containsExactly("/cb:n0", "/cb:n1", "/cb:n2", "/cb:n3", "/cb:n4", "/cb:n5", "/cb:n6",
        "/cb:n7", "/cb:n8", "/cb:n9");
    assertThat(d.stats().failedAttempts()).isEqualTo(5);
    assertThat(d.stats().pending()).isZero();
  }

  @Test
  void retention_dropsOldestBeyondMaxQueued() {
    NotificationDispatcher d = dispatcher(fast(3));
    failuresLeft.set(Integer.MAX_VALUE);
    for (int i = 0; i < 6; i++) {
      d.enqueue("sub-1", cb, ("n" + i).getBytes(StandardCharsets.UTF_8));
    }
    assertThat(d.pending("sub-1")).isEqualTo(3);
    assertThat(d.stats().dropped()).isEqualTo(3);

    failuresLeft.set(0);
    await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() == 3);
    assertThat(delivered).last().isEqualTo("/cb:n5");
  }

  @Test
  void status400_isDroppedForGood_andTheQueueMovesOn() {
    NotificationDispatcher d = dispatcher(fast(100));
    status.set(400);
    d.enqueue("sub-1", cb, "bad".getBytes(StandardCharsets.UTF_8));
    await().atMost(Duration.ofSeconds(5)).until(() -> d.stats().dropped() == 1);

    status.set(204);
    d.enqueue("sub-1", cb, "good".getBytes(StandardCharsets.UTF_8));

    await().atMost(Duration.ofSeconds(5)).until(() -> delivered.size() == 1);
    assertThat(delivered).containsExactly("/cb:good");
  }

  @Test
  void cancel_dropsPendingNotifications() {
    NotificationDispatcher d = dispatcher(new DeliveryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(30), 100,
        Duration.ofHours(1)));
    failuresLeft.set(1);
    d.enqueue("sub-1", cb, "a".getBytes(StandardCharsets.UTF_8));
    d.enqueue("sub-1", cb, "b".getBytes(StandardCharsets.UTF_8));
    await().atMost(Duration.ofSeconds(5)).until(() -> d.stats().failedAttempts() == 1);

    d.cancel("sub-1");

    assertThat(d.pending("sub-1")).isZero();
    assertThat(d.stats().pending()).isZero();
  }

  @Test
  void queues_areIndependent_aStuckSubscriberDoesNotBlockOthers() {
    NotificationSender selective = (callback, json) -> {
      if (callback.getPath().equals("/down")) {
        return CompletableFuture.failedFuture(new ConnectException("refused"));
      }
      delivered.add(callback.getPath());
      return CompletableFuture.completedFuture(204);
    };
    NotificationDispatcher d = new NotificationDispatcher(selective, scheduler, fast(100), Clock.systemUTC());

    d.enqueue("down", URI.create("http://127.0.0.1:1/down"), new byte[0]);
    d.enqueue("up", URI.create("http://127.0.0.1:1/up"), new byte[0]);

    await().atMost(Duration.ofSeconds(5)).until(() -> delivered.contains("/up"));
    assertThat(d.pending("down")).isEqualTo(1);
  }

  @Test
  void backoff_growsExponentiallyUpToTheCap() {
    DeliveryPolicy p = new DeliveryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), 10, Duration.ofHours(1));

    assertThat(p.backoff(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(p.backoff(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(p.backoff(4)).isEqualTo(Duration.ofMillis(800));
    assertThat(p.backoff(5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.backoff(500)).isEqualTo(Duration.ofSeconds(1));
  }
}
