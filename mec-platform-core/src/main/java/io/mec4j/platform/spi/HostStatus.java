package io.mec4j.platform.spi;

import java.util.Objects;
import java.util.Set;

/**
 * A MEC host and its current load, as a {@link HostInventory} reports it.
 *
 * @param host the host
 * @param used the resources allocated to application instances now
 * @param instances how many allocations (application instances) the host holds now
 * @param registeredServices MEC services registered on the host's platform now, in addition to {@link
 *     MecHost#services()}
 */
public record HostStatus(MecHost host, Resources used, int instances, Set<String> registeredServices) {

  /** Checks and copies. */
  public HostStatus {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(used, "used");
    registeredServices = Set.copyOf(registeredServices);
  }

  /**
   * The host id.
   *
   * @return {@code host().id()}
   */
  public HostId id() {
    return host.id();
  }

  /**
   * What is still free.
   *
   * @return capacity minus used
   */
  public Resources free() {
    return host.capacity().minus(used);
  }

  /**
   * Whether a MEC service is available on the host: offered by it or registered on its platform.
   *
   * @param serName the service name
   * @return true when available
   */
  public boolean offers(String serName) {
    return host.services().contains(serName) || registeredServices.contains(serName);
  }

  /**
   * How loaded the host is: the larger of its vCPU and memory utilisation.
   *
   * @return 0 (idle) to 1 (full); 1 for a host without capacity
   */
  public double load() {
    Resources cap = host.capacity();
    double cpu = cap.vcpu() == 0 ? 1 : (double) used.vcpu() / cap.vcpu();
    double mem = cap.memoryMb() == 0 ? 1 : used.memoryMb() / cap.memoryMb();
    return Math.max(cpu, mem);
  }
}
