package io.mec4j.platform.spi;

/**
 * Where the engines keep their state: registries, subscriptions, rules, packages and LCM state. Each engine reads and
 * writes only through its tables, so a durable store (JDBC) makes a restarted engine lose nothing.
 *
 * <p>Implementations are thread-safe. {@link InMemoryStore} is the default for tests and the embedded platform.
 */
public interface Store extends AutoCloseable {

  /**
   * The table of this name, created on first use. Asking twice for one name returns the same table; asking for one
   * name with two types fails.
   *
   * @param name a table name, e.g. {@code mp1.services}
   * @param type the value type, an immutable record that {@code MecJson} can read and write
   * @param <T> the value type
   * @return the table
   */
  <T> StoreTable<T> table(String name, Class<T> type);

  /** Releases the store's resources. The default does nothing. */
  @Override
  default void close() {}
}
