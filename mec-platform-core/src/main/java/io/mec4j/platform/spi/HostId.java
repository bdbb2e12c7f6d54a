package io.mec4j.platform.spi;

import java.util.Objects;

/**
 * Identifies a MEC host within one MEC system, e.g. {@code edge-paris-1}. It is also the {@code mepId} of the host's
 * MEC platform and the {@code hostId.id} of a MEC 010-2 {@code MECHostInformation}.
 *
 * @param value the identifier, non-blank, without {@code /}
 */
public record HostId(String value) implements Comparable<HostId> {

  /** Checks the value. */
  public HostId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank() || value.contains("/")) {
      throw new IllegalArgumentException("A host id must be non-blank and contain no '/': '" + value + "'");
    }
  }

  /**
   * A host id.
   *
   * @param value the identifier
   * @return the host id
   */
  public static HostId of(String value) {
    return new HostId(value);
  }

  @Override
  public int compareTo(HostId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
