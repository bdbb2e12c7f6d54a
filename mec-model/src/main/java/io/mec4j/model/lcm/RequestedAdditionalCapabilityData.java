package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An additional capability, such as an accelerator, requested for the compute resources of an application.
 *
 * <p>ETSI GS NFV-IFA 011, clause 7.1.9.5.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema RequestedAdditionalCapabilityData), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema RequestedAdditionalCapabilityData).
 *
 * @param requestedAdditionalCapabilityName name of the capability
 * @param supportMandatory whether the application cannot work without the capability
 * @param minRequestedAdditionalCapabilityVersion the minimum version of the capability
 * @param preferredRequestedAdditionalCapabilityVersion the preferred version of the capability
 * @param targetPerformanceParameters performance parameters the capability is to meet, as key-value pairs
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "RequestedAdditionalCapabilityData")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "RequestedAdditionalCapabilityData")
public record RequestedAdditionalCapabilityData(
    @JsonProperty("requestedAdditionalCapabilityName") @NotNull String requestedAdditionalCapabilityName,
    @JsonProperty("supportMandatory") @NotNull Boolean supportMandatory,
    @JsonProperty("minRequestedAdditionalCapabilityVersion") @Nullable String minRequestedAdditionalCapabilityVersion,
    @JsonProperty("preferredRequestedAdditionalCapabilityVersion") @Nullable String preferredRequestedAdditionalCapabilityVersion,
    @JsonProperty("targetPerformanceParameters") @NotNull List<Map<String, Object>> targetPerformanceParameters) {

  /** Copies collections so the record stays immutable. */
  public RequestedAdditionalCapabilityData {
    targetPerformanceParameters = Copies.list(targetPerformanceParameters);
  }

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

  /** Builds {@link RequestedAdditionalCapabilityData} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String requestedAdditionalCapabilityName;
    private @Nullable Boolean supportMandatory;
    private @Nullable String minRequestedAdditionalCapabilityVersion;
    private @Nullable String preferredRequestedAdditionalCapabilityVersion;
    private @Nullable List<Map<String, Object>> targetPerformanceParameters;

    private Builder() {}

    private Builder(RequestedAdditionalCapabilityData source) {
      this.requestedAdditionalCapabilityName = source.requestedAdditionalCapabilityName;
      this.supportMandatory = source.supportMandatory;
      this.minRequestedAdditionalCapabilityVersion = source.minRequestedAdditionalCapabilityVersion;
      this.preferredRequestedAdditionalCapabilityVersion = source.preferredRequestedAdditionalCapabilityVersion;
      this.targetPerformanceParameters = Copies.mutable(source.targetPerformanceParameters);
    }

    /**
     * Sets {@code requestedAdditionalCapabilityName}: Name of the capability.
     *
     * @param requestedAdditionalCapabilityName the value
     * @return this builder
     */
    public Builder requestedAdditionalCapabilityName(@Nullable String requestedAdditionalCapabilityName) {
      this.requestedAdditionalCapabilityName = requestedAdditionalCapabilityName;
      return this;
    }

    /**
     * Sets {@code supportMandatory}: Whether the application cannot work without the capability.
     *
     * @param supportMandatory the value
     * @return this builder
     */
    public Builder supportMandatory(@Nullable Boolean supportMandatory) {
      this.supportMandatory = supportMandatory;
      return this;
    }

    /**
     * Sets {@code minRequestedAdditionalCapabilityVersion}: The minimum version of the capability.
     *
     * @param minRequestedAdditionalCapabilityVersion the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder minRequestedAdditionalCapabilityVersion(@Nullable String minRequestedAdditionalCapabilityVersion) {
      this.minRequestedAdditionalCapabilityVersion = minRequestedAdditionalCapabilityVersion;
      return this;
    }

    /**
     * Sets {@code preferredRequestedAdditionalCapabilityVersion}: The preferred version of the capability.
     *
     * @param preferredRequestedAdditionalCapabilityVersion the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder preferredRequestedAdditionalCapabilityVersion(@Nullable String preferredRequestedAdditionalCapabilityVersion) {
      this.preferredRequestedAdditionalCapabilityVersion = preferredRequestedAdditionalCapabilityVersion;
      return this;
    }

    /**
     * Sets {@code targetPerformanceParameters}: Performance parameters the capability is to meet, as key-value pairs.
     *
     * @param targetPerformanceParameters the value
     * @return this builder
     */
    public Builder targetPerformanceParameters(@Nullable List<Map<String, Object>> targetPerformanceParameters) {
      this.targetPerformanceParameters = Copies.mutable(targetPerformanceParameters);
      return this;
    }

    /**
     * Appends one entry to {@code targetPerformanceParameters}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addTargetPerformanceParameter(Map<String, Object> element) {
      this.targetPerformanceParameters = Copies.add(this.targetPerformanceParameters, element);
      return this;
    }

    /**
     * Builds the {@link RequestedAdditionalCapabilityData}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public RequestedAdditionalCapabilityData build() {
      return new RequestedAdditionalCapabilityData(requestedAdditionalCapabilityName, supportMandatory, minRequestedAdditionalCapabilityVersion, preferredRequestedAdditionalCapabilityVersion, targetPerformanceParameters);
    }
  }
}
