package io.mec4j.client.mp1;

import io.mec4j.model.mp1.LocalityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The filters of {@code GET /services} and {@code GET /applications/{appInstanceId}/services} (MEC 011 clause
 * 8.2.3.3.1): at most one of service instance ids, service names and service category; plus locality, local-only and
 * is-local. Immutable.
 *
 * <pre>{@code
 * ServiceQuery.all();
 * ServiceQuery.bySerName("rnis", "location");
 * ServiceQuery.builder().serCategoryId("cat-rni").isLocal(true).scopeOfLocality(LocalityType.MEC_HOST).build();
 * }</pre>
 *
 * @param serInstanceIds {@code ser_instance_id}: services with these instance ids (empty: any)
 * @param serNames {@code ser_name}: services with these names (empty: any)
 * @param serCategoryId {@code ser_category_id}: services of this category
 * @param scopeOfLocality {@code scope_of_locality}
 * @param consumedLocalOnly {@code consumed_local_only}
 * @param isLocal {@code is_local}
 */
public record ServiceQuery(
    List<String> serInstanceIds,
    List<String> serNames,
    @Nullable String serCategoryId,
    @Nullable LocalityType scopeOfLocality,
    @Nullable Boolean consumedLocalOnly,
    @Nullable Boolean isLocal) {

  private static final ServiceQuery ALL = new ServiceQuery(List.of(), List.of(), null, null, null, null);

  /** Copies the lists and checks the spec's rule that the identifying filters exclude each other. */
  public ServiceQuery {
    serInstanceIds = List.copyOf(serInstanceIds);
    serNames = List.copyOf(serNames);
    for (String s : serInstanceIds) {
      nonBlank(s, "serInstanceId");
    }
    for (String s : serNames) {
      nonBlank(s, "serName");
    }
    if (serCategoryId != null) {
      nonBlank(serCategoryId, "serCategoryId");
    }
    int identifying = (serInstanceIds.isEmpty() ? 0 : 1) + (serNames.isEmpty() ? 0 : 1) + (serCategoryId == null ? 0
        : 1);
    if (identifying > 1) {
      throw new IllegalArgumentException("ser_instance_id, ser_name and ser_category_id exclude each other"
          + " (MEC 011 clause 8.2.3.3.1): give only one of them");
    }
    if (scopeOfLocality == LocalityType.UNKNOWN) {
      throw new IllegalArgumentException("scopeOfLocality UNKNOWN cannot be sent");
    }
  }

  private static void nonBlank(String s, String what) {
    Objects.requireNonNull(s, what);
    if (s.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }

  /**
   * No filter: every service.
   *
   * @return the query
   */
  public static ServiceQuery all() {
    return ALL;
  }

  /**
   * Services with any of these names.
   *
   * @param serNames one or more names
   * @return the query
   */
  public static ServiceQuery bySerName(String... serNames) {
    return builder().serNames(serNames).build();
  }

  /**
   * Services with any of these instance ids.
   *
   * @param serInstanceIds one or more ids
   * @return the query
   */
  public static ServiceQuery bySerInstanceId(String... serInstanceIds) {
    return builder().serInstanceIds(serInstanceIds).build();
  }

  /**
   * Services of a category.
   *
   * @param serCategoryId the category id
   * @return the query
   */
  public static ServiceQuery bySerCategoryId(String serCategoryId) {
    return builder().serCategoryId(serCategoryId).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this query's filters.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.serInstanceIds.addAll(serInstanceIds);
    b.serNames.addAll(serNames);
    b.serCategoryId = serCategoryId;
    b.scopeOfLocality = scopeOfLocality;
    b.consumedLocalOnly = consumedLocalOnly;
    b.isLocal = isLocal;
    return b;
  }

  /** Builds a {@link ServiceQuery}; not thread-safe. */
  public static final class Builder {
    private final List<String> serInstanceIds = new ArrayList<>();
    private final List<String> serNames = new ArrayList<>();
    private @Nullable String serCategoryId;
    private @Nullable LocalityType scopeOfLocality;
    private @Nullable Boolean consumedLocalOnly;
    private @Nullable Boolean isLocal;

    private Builder() {}

    /**
     * Adds service instance ids.
     *
     * @param ids the ids
     * @return this builder
     */
    public Builder serInstanceIds(String... ids) {
      serInstanceIds.addAll(Arrays.asList(ids));
      return this;
    }

    /**
     * Adds service names.
     *
     * @param names the names
     * @return this builder
     */
    public Builder serNames(String... names) {
      serNames.addAll(Arrays.asList(names));
      return this;
    }

    /**
     * Sets the service category id.
     *
     * @param id the id, or {@code null}
     * @return this builder
     */
    public Builder serCategoryId(@Nullable String id) {
      this.serCategoryId = id;
      return this;
    }

    /**
     * Sets the scope of locality.
     *
     * @param scope the scope, or {@code null}
     * @return this builder
     */
    public Builder scopeOfLocality(@Nullable LocalityType scope) {
      this.scopeOfLocality = scope;
      return this;
    }

    /**
     * Sets consumed-local-only.
     *
     * @param value the value, or {@code null}
     * @return this builder
     */
    public Builder consumedLocalOnly(@Nullable Boolean value) {
      this.consumedLocalOnly = value;
      return this;
    }

    /**
     * Sets is-local.
     *
     * @param value the value, or {@code null}
     * @return this builder
     */
    public Builder isLocal(@Nullable Boolean value) {
      this.isLocal = value;
      return this;
    }

    /**
     * The query.
     *
     * @return the query
     * @throws IllegalArgumentException when more than one identifying filter is set
     */
    public ServiceQuery build() {
      return new ServiceQuery(serInstanceIds, serNames, serCategoryId, scopeOfLocality, consumedLocalOnly, isLocal);
    }
  }
}
