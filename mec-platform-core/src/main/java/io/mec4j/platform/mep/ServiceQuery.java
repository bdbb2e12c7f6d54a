package io.mec4j.platform.mep;

import io.mec4j.model.error.MecBadRequestException;
import io.mec4j.model.mp1.LocalityType;
import io.mec4j.model.mp1.ServiceInfo;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The filters of a service availability query (MEC 011 {@code GET /services}). Absent filters match everything;
 * present ones are combined with AND. {@code serInstanceIds}, {@code serNames} and {@code serCategoryId} are
 * mutually exclusive.
 *
 * @param serInstanceIds match any of these service instance ids
 * @param serNames match any of these service names
 * @param serCategoryId match this category id
 * @param scopeOfLocality match this scope of locality ({@code MEC_HOST} when a service gives none)
 * @param consumedLocalOnly match this flag ({@code true} when a service gives none)
 * @param isLocal match services local (or not) to this platform
 */
public record ServiceQuery(
    List<String> serInstanceIds,
    List<String> serNames,
    @Nullable String serCategoryId,
    @Nullable LocalityType scopeOfLocality,
    @Nullable Boolean consumedLocalOnly,
    @Nullable Boolean isLocal) {

  /** Matches every service. */
  public static final ServiceQuery ALL = new ServiceQuery(List.of(), List.of(), null, null, null, null);

  /** Checks the mutually exclusive filters. */
  public ServiceQuery {
    serInstanceIds = List.copyOf(serInstanceIds);
    serNames = List.copyOf(serNames);
    int exclusive = (serInstanceIds.isEmpty() ? 0 : 1) + (serNames.isEmpty() ? 0 : 1) + (serCategoryId == null ? 0 : 1);
    if (exclusive > 1) {
      throw new MecBadRequestException(
          "ser_instance_id, ser_name and ser_category_id are mutually exclusive: use only one of them");
    }
  }

  /**
   * Services with one of these names.
   *
   * @param names the names
   * @return the query
   */
  public static ServiceQuery bySerName(String... names) {
    return new ServiceQuery(List.of(), List.of(names), null, null, null, null);
  }

  /**
   * Whether no filter is set.
   *
   * @return true for {@link #ALL}
   */
  public boolean isAll() {
    return equals(ALL);
  }

  boolean matches(ServiceInfo s, boolean local) {
    if (!serInstanceIds.isEmpty() && !serInstanceIds.contains(s.serInstanceId())) {
      return false;
    }
    if (!serNames.isEmpty() && !serNames.contains(s.serName())) {
      return false;
    }
    if (serCategoryId != null && (s.serCategory() == null || !serCategoryId.equals(s.serCategory().id()))) {
      return false;
    }
    if (scopeOfLocality != null
        && scopeOfLocality != Objects.requireNonNullElse(s.scopeOfLocality(), LocalityType.MEC_HOST)) {
      return false;
    }
    if (consumedLocalOnly != null
        && !consumedLocalOnly.equals(Objects.requireNonNullElse(s.consumedLocalOnly(), Boolean.TRUE))) {
      return false;
    }
    return isLocal == null || isLocal == local;
  }
}
