package io.mec4j.platform.spi;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The MEC hosts of a MEC system and their load: what host selection chooses from and where the orchestrator books
 * the resources of application instances.
 *
 * <p>Allocations are keyed by an allocation id (the orchestrator uses the application instance id); {@link
 * #allocate} checks and books atomically, so two concurrent placements cannot overbook a host. Implementations are
 * thread-safe; every {@link HostStatus} they report is a consistent status of its host. The embedded default is
 * {@link InMemoryHostInventory}.
 */
public interface HostInventory {

  /**
   * Every host with its load. Host selection reads it for every placement, so it should be cheap: it may be a live
   * view whose elements change as resources are booked (bookings check again), as long as its size does not change
   * while it is being iterated.
   *
   * @return the hosts, in a stable order
   */
  List<HostStatus> hosts();

  /**
   * One host with its load.
   *
   * @param id the host id
   * @return the host, or empty when unknown
   */
  Optional<HostStatus> find(HostId id);

  /**
   * Adds a host, or replaces the description of a known one (its allocations stay).
   *
   * @param host the host
   */
  void add(MecHost host);

  /**
   * Removes a host and forgets its allocations.
   *
   * @param id the host id
   * @return true when it was known
   */
  boolean remove(HostId id);

  /**
   * Books resources on a host when they fit into what is free.
   *
   * @param host the host
   * @param allocationId identifies the booking, e.g. an application instance id; unique per host
   * @param need the resources
   * @return true when booked, false when they do not fit
   * @throws IllegalArgumentException when the host is unknown or the allocation id is already booked on it
   */
  boolean allocate(HostId host, String allocationId, Resources need);

  /**
   * Releases a booking; releasing an unknown one does nothing.
   *
   * @param host the host
   * @param allocationId the booking
   */
  void release(HostId host, String allocationId);

  /**
   * Records the MEC services registered on a host's platform now (the orchestrator follows each platform's service
   * registry).
   *
   * @param host the host
   * @param serNames the registered service names
   */
  void updateRegisteredServices(HostId host, Set<String> serNames);
}
