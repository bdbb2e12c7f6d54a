package io.mec4j.platform.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link Store} in memory: fast, thread-safe, and gone when the process ends. The default of the engines and of
 * the embedded test platform.
 */
public final class InMemoryStore implements Store {

  private final Map<String, Table<?>> tables = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemoryStore() {}

  @Override
  @SuppressWarnings("unchecked")
  public <T> StoreTable<T> table(String name, Class<T> type) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Table<?> table = tables.computeIfAbsent(name, n -> new Table<>(n, type));
    if (table.type != type) {
      throw new IllegalArgumentException(
          "Table " + name + " holds " + table.type.getName() + ", not " + type.getName());
    }
    return (StoreTable<T>) table;
  }

  private static final class Table<T> implements StoreTable<T> {
    private final String name;
    private final Class<?> type;
    // guarded by this; LinkedHashMap keeps insertion order for listings
    private final Map<String, Versioned<T>> entries = new LinkedHashMap<>();
    private volatile long modifications;

    Table(String name, Class<?> type) {
      this.name = name;
      this.type = type;
    }

    @Override
    public synchronized Optional<Versioned<T>> find(String id) {
      return Optional.ofNullable(entries.get(id));
    }

    @Override
    public synchronized List<Versioned<T>> list() {
      return List.copyOf(new ArrayList<>(entries.values()));
    }

    @Override
    public synchronized Versioned<T> insert(String id, T value) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(value, "value");
      if (entries.containsKey(id)) {
        throw new IllegalStateException("Table " + name + " already holds " + id);
      }
      Versioned<T> v = new Versioned<>(id, value, 1);
      entries.put(id, v);
      modifications++;
      return v;
    }

    @Override
    public synchronized Optional<Versioned<T>> update(String id, T value, long expectedVersion) {
      Objects.requireNonNull(value, "value");
      Versioned<T> current = entries.get(id);
      if (current == null) {
        return Optional.empty();
      }
      if (expectedVersion != ANY_VERSION && expectedVersion != current.version()) {
        throw new StaleVersionException(id, expectedVersion, current.version());
      }
      Versioned<T> v = new Versioned<>(id, value, current.version() + 1);
      entries.put(id, v);
      modifications++;
      return Optional.of(v);
    }

    @Override
    public synchronized Optional<Versioned<T>> delete(String id) {
      Versioned<T> removed = entries.remove(id);
      if (removed != null) {
        modifications++;
      }
      return Optional.ofNullable(removed);
    }

    @Override
    public long modificationCount() {
      return modifications;
    }
  }
}
