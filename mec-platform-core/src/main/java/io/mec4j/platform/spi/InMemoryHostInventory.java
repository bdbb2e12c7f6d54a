package io.mec4j.platform.spi;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link HostInventory} in memory, the orchestrator's default.
 *
 * <p>Reads are free: {@link #hosts()} returns the current immutable snapshot, replaced as a whole (copy on write) by
 * every change. Changes are serialised; a change copies the snapshot array, which costs a few microseconds for ten
 * thousand hosts.
 */
public final class InMemoryHostInventory implements HostInventory {

  private final Object lock = new Object();
  private volatile HostStatus[] snapshot = new HostStatus[0];
  private volatile List<HostStatus> snapshotList = List.of();
  // guarded by lock
  private final Map<HostId, Integer> index = new HashMap<>();
  private final Map<HostId, Map<String, Resources>> allocations = new HashMap<>();

  /** An empty inventory. */
  public InMemoryHostInventory() {}

  /**
   * An inventory holding these hosts.
   *
   * @param hosts the hosts
   */
  public InMemoryHostInventory(List<MecHost> hosts) {
    for (MecHost h : hosts) {
      add(h);
    }
  }

  @Override
  public List<HostStatus> hosts() {
    return snapshotList;
  }

  @Override
  public Optional<HostStatus> find(HostId id) {
    synchronized (lock) {
      Integer i = index.get(id);
      return i == null ? Optional.empty() : Optional.of(snapshot[i]);
    }
  }

  @Override
  public void add(MecHost host) {
    Objects.requireNonNull(host, "host");
    synchronized (lock) {
      Integer i = index.get(host.id());
      if (i == null) {
        HostStatus[] next = Arrays.copyOf(snapshot, snapshot.length + 1);
        next[next.length - 1] = new HostStatus(host, Resources.NONE, 0, Set.of());
        index.put(host.id(), next.length - 1);
        allocations.put(host.id(), new LinkedHashMap<>());
        publish(next);
      } else {
        HostStatus old = snapshot[i];
        replace(i, new HostStatus(host, old.used(), old.instances(), old.registeredServices()));
      }
    }
  }

  @Override
  public boolean remove(HostId id) {
    synchronized (lock) {
      Integer i = index.remove(id);
      if (i == null) {
        return false;
      }
      allocations.remove(id);
      HostStatus[] next = new HostStatus[snapshot.length - 1];
      System.arraycopy(snapshot, 0, next, 0, i);
      System.arraycopy(snapshot, i + 1, next, i, snapshot.length - i - 1);
      for (int j = i; j < next.length; j++) {
        index.put(next[j].id(), j);
      }
      publish(next);
      return true;
    }
  }

  @Override
  public boolean allocate(HostId host, String allocationId, Resources need) {
    Objects.requireNonNull(allocationId, "allocationId");
    Objects.requireNonNull(need, "need");
    synchronized (lock) {
      int i = indexOf(host);
      Map<String, Resources> booked = allocations.get(host);
      if (booked.containsKey(allocationId)) {
        throw new IllegalArgumentException("Allocation " + allocationId + " is already booked on host " + host);
      }
      HostStatus s = snapshot[i];
      if (!s.free().fits(need)) {
        return false;
      }
      booked.put(allocationId, need);
      replace(i, new HostStatus(s.host(), s.used().plus(need), s.instances() + 1, s.registeredServices()));
      return true;
    }
  }

  @Override
  public void release(HostId host, String allocationId) {
    synchronized (lock) {
      Integer i = index.get(host);
      if (i == null) {
        return;
      }
      Resources r = allocations.get(host).remove(allocationId);
      if (r == null) {
        return;
      }
      HostStatus s = snapshot[i];
      replace(i, new HostStatus(s.host(), s.used().minus(r), Math.max(0, s.instances() - 1),
          s.registeredServices()));
    }
  }

  @Override
  public void updateRegisteredServices(HostId host, Set<String> serNames) {
    synchronized (lock) {
      Integer i = index.get(host);
      if (i == null) {
        return;
      }
      HostStatus s = snapshot[i];
      if (!s.registeredServices().equals(serNames)) {
        replace(i, new HostStatus(s.host(), s.used(), s.instances(), serNames));
      }
    }
  }

  /**
   * The bookings on a host.
   *
   * @param host the host
   * @return allocation id to resources; empty for an unknown host
   */
  public Map<String, Resources> allocations(HostId host) {
    synchronized (lock) {
      Map<String, Resources> m = allocations.get(host);
      return m == null ? Map.of() : Map.copyOf(m);
    }
  }

  private int indexOf(HostId host) {
    Integer i = index.get(Objects.requireNonNull(host, "host"));
    if (i == null) {
      throw new IllegalArgumentException("Unknown MEC host " + host);
    }
    return i;
  }

  private void replace(int i, HostStatus status) {
    HostStatus[] next = snapshot.clone();
    next[i] = status;
    publish(next);
  }

  private void publish(HostStatus[] next) {
    snapshot = next;
    snapshotList = Collections.unmodifiableList(Arrays.asList(next));
  }
}
