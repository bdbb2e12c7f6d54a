package io.mec4j.platform.spi;

import java.util.Objects;

/**
 * A stored value with its version. The version grows with every write of that entry; it is the basis of HTTP
 * {@code ETag}s and {@code If-Match} preconditions.
 *
 * @param id the entry's key
 * @param value the stored value
 * @param version the entry's version, 1 for a new entry
 * @param <T> the value type
 */
public record Versioned<T>(String id, T value, long version) {

  /** Checks the components. */
  public Versioned {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(value, "value");
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1, was " + version);
    }
  }

  /**
   * The strong HTTP entity tag of this version, e.g. {@code "3"}.
   *
   * @return the quoted entity tag
   */
  public String etag() {
    return "\"" + version + "\"";
  }
}
