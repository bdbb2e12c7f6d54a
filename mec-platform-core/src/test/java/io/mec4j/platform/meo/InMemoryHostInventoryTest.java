package io.mec4j.platform.meo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mec4j.platform.spi.HostId;
import io.mec4j.platform.spi.HostStatus;
import io.mec4j.platform.spi.InMemoryHostInventory;
import io.mec4j.platform.spi.MecHost;
import io.mec4j.platform.spi.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryHostInventoryTest {

  private final InMemoryHostInventory inventory = new InMemoryHostInventory();
  private final HostId h1 = HostId.of("h1");

  @Test
  void allocate_booksUntilFull_releaseFrees() {
    inventory.add(MecHost.builder("h1").capacity(Resources.of(4, 4096, 10)).build());

    assertThat(inventory.allocate(h1, "a", Resources.of(2, 1024, 1))).isTrue();
    assertThat(inventory.allocate(h1, "b", Resources.of(2, 1024, 1))).isTrue();
    assertThat(inventory.allocate(h1, "c", Resources.of(1, 1, 0))).isFalse();
    HostStatus s = inventory.find(h1).orElseThrow();
    assertThat(s.used()).isEqualTo(Resources.of(4, 2048, 2));
    assertThat(s.instances()).isEqualTo(2);

    inventory.release(h1, "a");
    inventory.release(h1, "a");

    assertThat(inventory.find(h1).orElseThrow().used()).isEqualTo(Resources.of(2, 1024, 1));
    assertThat(inventory.allocations(h1)).containsOnlyKeys("b");
  }

  @Test
  void allocate_unknownHostOrDuplicate_fails() {
    inventory.add(MecHost.builder("h1").build());
    assertThatThrownBy(() -> inventory.allocate(HostId.of("nope"), "a", Resources.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown MEC host nope");
    inventory.allocate(h1, "a", Resources.NONE);
    assertThatThrownBy(() -> inventory.allocate(h1, "a", Resources.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already booked");
  }

  @Test
  void hosts_isALiveViewOfImmutableStatuses() {
    inventory.add(MecHost.builder("h1").build());
    List<HostStatus> view = inventory.hosts();
    HostStatus before = view.get(0);
    inventory.allocate(h1, "a", Resources.of(1, 1, 1));

    assertThat(before.used()).isEqualTo(Resources.NONE);
    assertThat(view.get(0).used()).isEqualTo(Resources.of(1, 1, 1));
    assertThatThrownBy(() -> view.set(0, before)).isInstanceOf(UnsupportedOperationException.class);
    inventory.add(MecHost.builder("h2").build());
    assertThat(view).hasSize(1);
    assertThat(inventory.hosts()).extracting(HostStatus::id).containsExactly(h1, HostId.of("h2"));
    assertThat(inventory.remove(h1)).isTrue();
    assertThat(inventory.hosts()).extracting(HostStatus::id).containsExactly(HostId.of("h2"));
    assertThat(inventory.find(HostId.of("h2"))).isPresent();
    assertThat(inventory.allocate(HostId.of("h2"), "b", Resources.of(1, 1, 1))).isTrue();
    assertThat(inventory.hosts().get(0).used()).isEqualTo(Resources.of(1, 1, 1));
    assertThat(inventory.remove(h1)).isFalse();
  }

  @Test
  void allocate_concurrently_neverOverbooks() throws Exception {
    inventory.add(MecHost.builder("h1").capacity(Resources.of(100, 1_000_000, 1000)).build());
    CountDownLatch go = new CountDownLatch(1);
    AtomicInteger booked = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int n = t;
      Thread th = new Thread(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        for (int i = 0; i < 50; i++) {
          if (inventory.allocate(h1, n + "-" + i, Resources.of(1, 10, 1))) {
            booked.incrementAndGet();
          }
        }
      });
      th.start();
      threads.add(th);
    }
    go.countDown();
    for (Thread th : threads) {
      th.join();
    }
    assertThat(booked.get()).isEqualTo(100);
    assertThat(inventory.find(h1).orElseThrow().used().vcpu()).isEqualTo(100);
  }
}
