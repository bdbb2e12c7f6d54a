package io.mec4j.platform.spi;

import java.util.List;

/**
 * Chooses the MEC host for an application instance (MEC 003 A.1 host selection). The algorithm is the operator's;
 * {@link DefaultPlacementPolicy} is a deterministic default.
 *
 * <p>Implementations are thread-safe and fast (they run for every instantiation and relocation) and explain
 * rejections: when no host fits, {@link PlacementException} says for each considered host why not.
 */
public interface PlacementPolicy {

  /**
   * Chooses a host.
   *
   * @param request the requirements
   * @param hosts the hosts with their load now (a snapshot of the {@link HostInventory})
   * @return the chosen host, one of {@code hosts}
   * @throws PlacementException when none fits, with a reason per considered host
   */
  HostStatus place(PlacementRequest request, List<HostStatus> hosts);

  /**
   * The default policy.
   *
   * @return a {@link DefaultPlacementPolicy}
   */
  static PlacementPolicy defaultPolicy() {
    return new DefaultPlacementPolicy();
  }
}
