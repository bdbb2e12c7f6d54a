package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The virtual memory of a virtualised compute resource.
 *
 * <p>ETSI GS NFV-IFA 011, clause 7.1.9.3.2.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema VirtualMemoryData), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema VirtualMemoryData).
 *
 * @param virtualMemSize amount of virtual memory in MB
 * @param virtualMemOversubscriptionPolicy the oversubscription policy of virtual to physical memory; absent when no
 *     particular value is requested
 * @param vduMemRequirements memory requirements, as key-value pairs
 * @param numaEnabled whether memory allocation is to follow the process and core allocation (NUMA awareness)
 * @param hugePagesRequirements requirements on huge pages for the virtual memory
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "VirtualMemoryData")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "VirtualMemoryData")
public record VirtualMemoryData(
    @JsonProperty("virtualMemSize") @NotNull Double virtualMemSize,
    @JsonProperty("virtualMemOversubscriptionPolicy") @Nullable String virtualMemOversubscriptionPolicy,
    @JsonProperty("vduMemRequirements") @Nullable List<Map<String, Object>> vduMemRequirements,
    @JsonProperty("numaEnabled") @Nullable Boolean numaEnabled,
    @JsonProperty("hugePagesRequirements") @Nullable String hugePagesRequirements) {

  /** Copies collections so the record stays immutable. */
  public VirtualMemoryData {
    vduMemRequirements = Copies.list(vduMemRequirements);
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

  /** Builds {@link VirtualMemoryData} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable Double virtualMemSize;
    private @Nullable String virtualMemOversubscriptionPolicy;
    private @Nullable List<Map<String, Object>> vduMemRequirements;
    private @Nullable Boolean numaEnabled;
    private @Nullable String hugePagesRequirements;

    private Builder() {}

    private Builder(VirtualMemoryData source) {
      this.virtualMemSize = source.virtualMemSize;
      this.virtualMemOversubscriptionPolicy = source.virtualMemOversubscriptionPolicy;
      this.vduMemRequirements = Copies.mutable(source.vduMemRequirements);
      this.numaEnabled = source.numaEnabled;
      this.hugePagesRequirements = source.hugePagesRequirements;
    }

    /**
     * Sets {@code virtualMemSize}: Amount of virtual memory in MB.
     *
     * @param virtualMemSize the value
     * @return this builder
     */
    public Builder virtualMemSize(@Nullable Double virtualMemSize) {
      this.virtualMemSize = virtualMemSize;
      return this;
    }

    /**
     * Sets {@code virtualMemOversubscriptionPolicy}: The oversubscription policy of virtual to physical memory; absent
     * when no particular value is requested.
     *
     * @param virtualMemOversubscriptionPolicy the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder virtualMemOversubscriptionPolicy(@Nullable String virtualMemOversubscriptionPolicy) {
      this.virtualMemOversubscriptionPolicy = virtualMemOversubscriptionPolicy;
      return this;
    }

    /**
     * Sets {@code vduMemRequirements}: Memory requirements, as key-value pairs.
     *
     * @param vduMemRequirements the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vduMemRequirements(@Nullable List<Map<String, Object>> vduMemRequirements) {
      this.vduMemRequirements = Copies.mutable(vduMemRequirements);
      return this;
    }

    /**
     * Appends one entry to {@code vduMemRequirements}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addVduMemRequirement(Map<String, Object> element) {
      this.vduMemRequirements = Copies.add(this.vduMemRequirements, element);
      return this;
    }

    /**
     * Sets {@code numaEnabled}: Whether memory allocation is to follow the process and core allocation (NUMA
     * awareness).
     *
     * @param numaEnabled the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder numaEnabled(@Nullable Boolean numaEnabled) {
      this.numaEnabled = numaEnabled;
      return this;
    }

    /**
     * Sets {@code hugePagesRequirements}: Requirements on huge pages for the virtual memory.
     *
     * @param hugePagesRequirements the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder hugePagesRequirements(@Nullable String hugePagesRequirements) {
      this.hugePagesRequirements = hugePagesRequirements;
      return this;
    }

    /**
     * Builds the {@link VirtualMemoryData}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public VirtualMemoryData build() {
      return new VirtualMemoryData(virtualMemSize, virtualMemOversubscriptionPolicy, vduMemRequirements, numaEnabled, hugePagesRequirements);
    }
  }
}
