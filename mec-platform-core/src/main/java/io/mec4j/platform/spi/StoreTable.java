package io.mec4j.platform.spi;

import java.util.List;
import java.util.Optional;

/**
 * One keyed collection of a {@link Store}, e.g. the registered services. Every write is atomic per entry and bumps
 * the entry's version; conditional writes give optimistic concurrency.
 *
 * @param <T> the value type, an immutable record
 */
public interface StoreTable<T> {

  /** Passed as {@code expectedVersion} for an unconditional write. */
  long ANY_VERSION = -1;

  /**
   * The entry with this key.
   *
   * @param id the key
   * @return the entry, or empty
   */
  Optional<Versioned<T>> find(String id);

  /**
   * Every entry, in insertion order.
   *
   * @return a snapshot
   */
  List<Versioned<T>> list();

  /**
   * Adds a new entry.
   *
   * @param id the key
   * @param value the value
   * @return the stored entry, version 1
   * @throws IllegalStateException when the key exists
   */
  Versioned<T> insert(String id, T value);

  /**
   * Replaces an entry.
   *
   * @param id the key
   * @param value the new value
   * @param expectedVersion the version the caller read, or {@link #ANY_VERSION}
   * @return the stored entry with its new version, or empty when there is no such entry
   * @throws StaleVersionException when the entry's version is not {@code expectedVersion}
   */
  Optional<Versioned<T>> update(String id, T value, long expectedVersion);

  /**
   * Removes an entry.
   *
   * @param id the key
   * @return the removed entry, or empty when there was none
   */
  Optional<Versioned<T>> delete(String id);

  /**
   * A number that changes whenever any entry of this table changes; cheap, for caches of derived data.
   *
   * @return the table's modification count
   */
  long modificationCount();
}
