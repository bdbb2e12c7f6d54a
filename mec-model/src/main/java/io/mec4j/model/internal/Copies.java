package io.mec4j.model.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Defensive copies for record components. <b>Not API.</b>
 *
 * <p>Absent stays absent ({@code null} in, {@code null} out) so that a round trip through JSON does not turn a missing
 * array into an empty one. Elements may be {@code null} (a peer may send {@code [null]}); validation reports them.
 */
public final class Copies {

  private Copies() {}

  /**
   * An unmodifiable copy of {@code list}, or {@code null}.
   *
   * @param list the list to copy
   * @param <T> the element type
   * @return the copy
   */
  public static <T> @Nullable List<T> list(@Nullable List<T> list) {
    if (list == null) {
      return null;
    }
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * An unmodifiable, order-keeping copy of {@code map}, or {@code null}.
   *
   * @param map the map to copy
   * @param <K> the key type
   * @param <V> the value type
   * @return the copy
   */
  public static <K, V> @Nullable Map<K, V> map(@Nullable Map<K, V> map) {
    if (map == null) {
      return null;
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * Appends to a builder's list, creating it when absent.
   *
   * @param list the builder's current list or {@code null}
   * @param element the element to add
   * @param <T> the element type
   * @return the list with the element appended
   */
  public static <T> List<T> add(@Nullable List<T> list, T element) {
    List<T> result = list == null ? new ArrayList<>() : list;
    result.add(element);
    return result;
  }

  /**
   * Puts into a builder's map, creating it when absent.
   *
   * @param map the builder's current map or {@code null}
   * @param key the key
   * @param value the value
   * @param <K> the key type
   * @param <V> the value type
   * @return the map with the entry put
   */
  public static <K, V> Map<K, V> put(@Nullable Map<K, V> map, K key, V value) {
    Map<K, V> result = map == null ? new LinkedHashMap<>() : map;
    result.put(key, value);
    return result;
  }

  /**
   * A mutable copy for a builder, or {@code null}.
   *
   * @param list the list to copy
   * @param <T> the element type
   * @return a new mutable list
   */
  public static <T> @Nullable List<T> mutable(@Nullable List<T> list) {
    return list == null ? null : new ArrayList<>(list);
  }

  /**
   * A mutable copy for a builder, or {@code null}.
   *
   * @param map the map to copy
   * @param <K> the key type
   * @param <V> the value type
   * @return a new mutable map
   */
  public static <K, V> @Nullable Map<K, V> mutable(@Nullable Map<K, V> map) {
    return map == null ? null : new LinkedHashMap<>(map);
  }
}
