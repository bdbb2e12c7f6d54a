package io.mec4j.platform.spi;

import java.util.List;
import java.util.Objects;

/**
 * Why one MEC host could not take an application instance.
 *
 * @param host the host
 * @param reasons every unmet requirement, e.g. {@code needs 4 vCPU, 2 free}
 */
public record HostRejection(HostId host, List<String> reasons) {

  /** Checks and copies. */
  public HostRejection {
    Objects.requireNonNull(host, "host");
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("A rejection names at least one reason");
    }
  }

  @Override
  public String toString() {
    return host + ": " + String.join("; ", reasons);
  }
}
