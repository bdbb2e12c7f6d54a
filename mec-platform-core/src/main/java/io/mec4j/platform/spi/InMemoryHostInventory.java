package io.mec4j.platform.spi;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A {@link HostInventory} in memory, the orchestrator's default.
 *
 * <p>Reads never wait and allocate nothing: {@link #hosts()} is a fixed-size view over the current host table whose
 * every element is an immutable {@link HostStatus}; a booking replaces one element. Adding or removing a host replaces
 * the table (and the view). Changes are serialised.
 */
public final class InMemoryHostInventory implements HostInventory {

  private final Object lock = new Object();
  private volatile Table table = new Table(new AtomicReferenceArray<>(0));
  // guarded by lock
  private final Map<HostId, Integer> index = new HashMap<>();
  private final Map<HostId, Map<String, Resources>> allocations = new HashMap<>();

  /** One generation of the host table and its read-only view. */
  private static final class Table extends AbstractList<HostStatus> implements RandomAccess {
    final AtomicReferenceArray<HostStatus> slots;

    Table(AtomicReferenceArray<HostStatus> slots) {
      this.slots = slots;
    }

    @Override
    public HostStatus get(int i) {
      return slots.get(i);
    }

    @Override
    public int size() {
      return slots.length();
    }
  }

  /** An empty inventory. */
  public InMemoryHostInventory() {}

  /**
   * An inventory holding these hosts.
   *
   * @param hosts the hosts
   */
  public InMemoryHostInventory(List<MecHost> hosts) {
    synchronized (lock) {
      AtomicReferenceArray<HostStatus> slots = new AtomicReferenceArray<>(hosts.size());
      int n = 0;
      for (MecHost h : hosts) {
        if (index.containsKey(h.id())) {
          throw new IllegalArgumentException("Host " + h.id() + " is listed twice");
        }
        slots.set(n, new HostStatus(h, Resources.NONE, 0, Set.of()));
        index.put(h.id(), n++);
        allocations.put(h.id(), new LinkedHashMap<>());
      }
      table = new Table(slots);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here: a live, read-only view in host order; each element is a consistent status of its host, and elements
   * change as resources are booked and released.
   */
  @Override
  public List<HostStatus> hosts() {
    return table;
  }

  @Override
  public Optional<HostStatus> find(HostId id) {
    synchronized (lock) {
      Integer i = index.get(id);
      return i == null ? Optional.empty() : Optional.of(table.get(i));
    }
  }

  @Override
  public void add(MecHost host) {
    Objects.requireNonNull(host, "host");
    synchronized (lock) {
      Integer i = index.get(host.id());
      if (i == null) {
        AtomicReferenceArray<HostStatus> old = table.slots;
        AtomicReferenceArray<HostStatus> next = new AtomicReferenceArray<>(old.length() + 1);
        for (int j = 0; j < old.length(); j++) {
          next.set(j, old.get(j));
        }
        next.set(old.length(), new HostStatus(host, Resources.NONE, 0, Set.of()));
        index.put(host.id(), old.length());
        allocations.put(host.id(), new LinkedHashMap<>());
        table = new Table(next);
      } else {
        HostStatus old = table.get(i);
        table.slots.set(i, new HostStatus(host, old.used(), old.instances(), old.registeredServices()));
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
      AtomicReferenceArray<HostStatus> old = table.slots;
      AtomicReferenceArray<HostStatus> next = new AtomicReferenceArray<>(old.length() - 1);
      for (int j = 0, k = 0; j < old.length(); j++) {
        if (j != i) {
          next.set(k, old.get(j));
          index.put(old.get(j).id(), k++);
        }
      }
      table = new Table(next);
      return true;
    }
  }

  @Override
  public boolean allocate(HostId host, String allocationId, Resources need) {
    Objects.requireNonNull(allocationId, "allocationId");
    Objects.requireNonNull(need, "need");
    synchronized (lock) {
      int i = indexOf(host);
      Map<String, Resources> booked = Objects.requireNonNull(allocations.get(host), "allocations of " + host);
      if (booked.containsKey(allocationId)) {
        throw new IllegalArgumentException("Allocation " + allocationId + " is already booked on host " + host);
      }
      HostStatus s = table.get(i);
      if (!s.free().fits(need)) {
        return false;
      }
      booked.put(allocationId, need);
      table.slots.set(i, new HostStatus(s.host(), s.used().plus(need), s.instances() + 1, s.registeredServices()));
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
      Resources r = Objects.requireNonNull(allocations.get(host), "allocations of " + host).remove(allocationId);
      if (r == null) {
        return;
      }
      HostStatus s = table.get(i);
      table.slots.set(i, new HostStatus(s.host(), s.used().minus(r), Math.max(0, s.instances() - 1),
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
      HostStatus s = table.get(i);
      if (!s.registeredServices().equals(serNames)) {
        table.slots.set(i, new HostStatus(s.host(), s.used(), s.instances(), serNames));
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
}
