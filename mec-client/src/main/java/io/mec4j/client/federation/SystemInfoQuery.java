package io.mec4j.client.federation;

import java.util.List;

/**
 * The filters of {@code GET /fed_resources/system_info} (MEC 040): MEC systems with any of the given ids, names or
 * providers; an empty list does not filter. Immutable.
 *
 * <pre>{@code
 * SystemInfoQuery.all();
 * new SystemInfoQuery(List.of(), List.of(), List.of("operator-b"));
 * }</pre>
 *
 * @param systemIds {@code systemid} values
 * @param systemNames {@code systemname} values
 * @param systemProviders {@code systemprovider} values
 */
public record SystemInfoQuery(List<String> systemIds, List<String> systemNames, List<String> systemProviders) {

  private static final SystemInfoQuery ALL = new SystemInfoQuery(List.of(), List.of(), List.of());

  /** Copies the lists. */
  public SystemInfoQuery {
    systemIds = List.copyOf(systemIds);
    systemNames = List.copyOf(systemNames);
    systemProviders = List.copyOf(systemProviders);
  }

  /**
   * No filter.
   *
   * @return the query
   */
  public static SystemInfoQuery all() {
    return ALL;
  }

  /**
   * Systems with any of these ids.
   *
   * @param ids the ids
   * @return the query
   */
  public static SystemInfoQuery bySystemId(String... ids) {
    return new SystemInfoQuery(List.of(ids), List.of(), List.of());
  }

  /**
   * Systems of any of these providers.
   *
   * @param providers the providers
   * @return the query
   */
  public static SystemInfoQuery bySystemProvider(String... providers) {
    return new SystemInfoQuery(List.of(), List.of(), List.of(providers));
  }
}
