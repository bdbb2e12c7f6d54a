package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A virtualised-resource performance metric to be tracked, and how often to collect it.
 *
 * <p>An ETSI GS NFV-IFA 011 information element.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema MonitoringParameter), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema MonitoringParameter).
 *
 * @param monitoringParameterId identifier of the monitoring parameter
 * @param name human-readable name of the parameter
 * @param performanceMetric the virtualised resource performance metric, e.g. {@code VCpuUsageMeanVnf}
 * @param collectionPeriod how often the metric is collected
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "MonitoringParameter")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "MonitoringParameter")
public record MonitoringParameter(
    @JsonProperty("monitoringParameterId") @NotNull String monitoringParameterId,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("performanceMetric") @NotNull String performanceMetric,
    @JsonProperty("collectionPeriod") @Nullable String collectionPeriod) {

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder pre-filled with this record's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link MonitoringParameter} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String monitoringParameterId;
    private @Nullable String name;
    private @Nullable String performanceMetric;
    private @Nullable String collectionPeriod;

    private Builder() {}

    private Builder(MonitoringParameter source) {
      this.monitoringParameterId = source.monitoringParameterId;
      this.name = source.name;
      this.performanceMetric = source.performanceMetric;
      this.collectionPeriod = source.collectionPeriod;
    }

    /**
     * Sets {@code monitoringParameterId}: Identifier of the monitoring parameter.
     *
     * @param monitoringParameterId the value
     * @return this builder
     */
    public Builder monitoringParameterId(@Nullable String monitoringParameterId) {
      this.monitoringParameterId = monitoringParameterId;
      return this;
    }

    /**
     * Sets {@code name}: Human-readable name of the parameter.
     *
     * @param name the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code performanceMetric}: The virtualised resource performance metric, e.g. {@code VCpuUsageMeanVnf}.
     *
     * @param performanceMetric the value
     * @return this builder
     */
    public Builder performanceMetric(@Nullable String performanceMetric) {
      this.performanceMetric = performanceMetric;
      return this;
    }

    /**
     * Sets {@code collectionPeriod}: How often the metric is collected.
     *
     * @param collectionPeriod the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder collectionPeriod(@Nullable String collectionPeriod) {
      this.collectionPeriod = collectionPeriod;
      return this;
    }

    /**
     * Builds the {@link MonitoringParameter}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public MonitoringParameter build() {
      return new MonitoringParameter(monitoringParameterId, name, performanceMetric, collectionPeriod);
    }
  }
}
