package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The virtual CPUs of a virtualised compute resource.
 *
 * <p>ETSI GS NFV-IFA 011, clause 7.1.9.2.3.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema VirtualCpuData), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema VirtualCpuData).
 *
 * @param cpuArchitecture CPU architecture, e.g. {@code x86_64} or {@code ARM}
 * @param numVirtualCpu number of virtual CPUs
 * @param virtualCpuClock minimum virtual CPU clock rate, e.g. in MHz
 * @param virtualCpuOversubscriptionPolicy the CPU core oversubscription policy, e.g. the ratio of virtual CPU cores to
 *     physical cores or threads
 * @param vduCpuRequirements CPU requirements, as key-value pairs
 * @param virtualCpuPinning CPU pinning requirements
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "VirtualCpuData")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "VirtualCpuData")
public record VirtualCpuData(
    @JsonProperty("cpuArchitecture") @Nullable String cpuArchitecture,
    @JsonProperty("numVirtualCpu") @NotNull Integer numVirtualCpu,
    @JsonProperty("virtualCpuClock") @Nullable Double virtualCpuClock,
    @JsonProperty("virtualCpuOversubscriptionPolicy") @Nullable String virtualCpuOversubscriptionPolicy,
    @JsonProperty("vduCpuRequirements") @Nullable List<Map<String, Object>> vduCpuRequirements,
    @JsonProperty("virtualCpuPinning") @Valid @Nullable VirtualCpuPinningData virtualCpuPinning) {

  /** Copies collections so the record stays immutable. */
  public VirtualCpuData {
    vduCpuRequirements = Copies.list(vduCpuRequirements);
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

  /** Builds {@link VirtualCpuData} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String cpuArchitecture;
    private @Nullable Integer numVirtualCpu;
    private @Nullable Double virtualCpuClock;
    private @Nullable String virtualCpuOversubscriptionPolicy;
    private @Nullable List<Map<String, Object>> vduCpuRequirements;
    private @Nullable VirtualCpuPinningData virtualCpuPinning;

    private Builder() {}

    private Builder(VirtualCpuData source) {
      this.cpuArchitecture = source.cpuArchitecture;
      this.numVirtualCpu = source.numVirtualCpu;
      this.virtualCpuClock = source.virtualCpuClock;
      this.virtualCpuOversubscriptionPolicy = source.virtualCpuOversubscriptionPolicy;
      this.vduCpuRequirements = Copies.mutable(source.vduCpuRequirements);
      this.virtualCpuPinning = source.virtualCpuPinning;
    }

    /**
     * Sets {@code cpuArchitecture}: CPU architecture, e.g. {@code x86_64} or {@code ARM}.
     *
     * @param cpuArchitecture the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder cpuArchitecture(@Nullable String cpuArchitecture) {
      this.cpuArchitecture = cpuArchitecture;
      return this;
    }

    /**
     * Sets {@code numVirtualCpu}: Number of virtual CPUs.
     *
     * @param numVirtualCpu the value
     * @return this builder
     */
    public Builder numVirtualCpu(@Nullable Integer numVirtualCpu) {
      this.numVirtualCpu = numVirtualCpu;
      return this;
    }

    /**
     * Sets {@code virtualCpuClock}: Minimum virtual CPU clock rate, e.g. in MHz.
     *
     * @param virtualCpuClock the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder virtualCpuClock(@Nullable Double virtualCpuClock) {
      this.virtualCpuClock = virtualCpuClock;
      return this;
    }

    /**
     * Sets {@code virtualCpuOversubscriptionPolicy}: The CPU core oversubscription policy, e.g. the ratio of virtual
     * CPU cores to physical cores or threads.
     *
     * @param virtualCpuOversubscriptionPolicy the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder virtualCpuOversubscriptionPolicy(@Nullable String virtualCpuOversubscriptionPolicy) {
      this.virtualCpuOversubscriptionPolicy = virtualCpuOversubscriptionPolicy;
      return this;
    }

    /**
     * Sets {@code vduCpuRequirements}: CPU requirements, as key-value pairs.
     *
     * @param vduCpuRequirements the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vduCpuRequirements(@Nullable List<Map<String, Object>> vduCpuRequirements) {
      this.vduCpuRequirements = Copies.mutable(vduCpuRequirements);
      return this;
    }

    /**
     * Appends one entry to {@code vduCpuRequirements}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addVduCpuRequirement(Map<String, Object> element) {
      this.vduCpuRequirements = Copies.add(this.vduCpuRequirements, element);
      return this;
    }

    /**
     * Sets {@code virtualCpuPinning}: CPU pinning requirements.
     *
     * @param virtualCpuPinning the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder virtualCpuPinning(@Nullable VirtualCpuPinningData virtualCpuPinning) {
      this.virtualCpuPinning = virtualCpuPinning;
      return this;
    }

    /**
     * Builds the {@link VirtualCpuData}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public VirtualCpuData build() {
      return new VirtualCpuData(cpuArchitecture, numVirtualCpu, virtualCpuClock, virtualCpuOversubscriptionPolicy, vduCpuRequirements, virtualCpuPinning);
    }
  }
}
