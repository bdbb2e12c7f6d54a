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
 * An OS container that realises (part of) a MEC application: its resource requests and limits, its software image and
 * its monitoring.
 *
 * <p>The MEC010-2_AppPkgMgmt.yaml copy also lists a member literally named {@code additionalProperties} (a string, "See
 * note"): a misplaced fragment of the {@code extendedResourceRequests} definition, not an attribute of the ETSI GS
 * NFV-IFA 011 {@code OsContainerDesc} nor of the MEC010-2_AppLcm.yaml copy. It is not modelled; a member of that name
 * is ignored when read (see {@code docs/spec-deviations.md}).
 *
 * <p>ETSI GS NFV-IFA 011 {@code OsContainerDesc}.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema OsContainerDescriptor), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema OsContainerDescriptor).
 *
 * @param osContainerDescId identifier of this descriptor within the AppD
 * @param name human-readable name of the container
 * @param description human-readable description of the container
 * @param requestedCpuResources CPU resources requested, e.g. in milli-CPU
 * @param requestedMemoryResources memory requested, e.g. in MB
 * @param requestedEphemeralStorageResources ephemeral storage requested, e.g. in GB
 * @param extendedResourceRequests extended resources required (such as Kubernetes extended resources), as key-value
 *     pairs
 * @param cpuResourceLimit the most CPU resources the container can use, e.g. in milli-CPU
 * @param memoryResourceLimit the most memory the container can use, e.g. in MB
 * @param ephemeralStorageResourceLimit the most ephemeral storage the container can use, e.g. in GB
 * @param hugePageResources huge pages requested, which the container can use at most, by page size
 * @param cpuPinningRequirements CPU pinning requirements of the container
 * @param swImageDesc the software image realising the container
 * @param bootData a string, or the URL of a file in the package, that customises the container at boot; it may contain
 *     variable parts replaced by deployment-specific values
 * @param monitoringParameters virtualised resource metrics to track for this container
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "OsContainerDescriptor")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "OsContainerDescriptor")
public record OsContainerDescriptor(
    @JsonProperty("osContainerDescId") @NotNull String osContainerDescId,
    @JsonProperty("name") @NotNull String name,
    @JsonProperty("description") @NotNull String description,
    @JsonProperty("requestedCpuResources") @Nullable Integer requestedCpuResources,
    @JsonProperty("requestedMemoryResources") @Nullable Double requestedMemoryResources,
    @JsonProperty("requestedEphemeralStorageResources") @Nullable Double requestedEphemeralStorageResources,
    @JsonProperty("extendedResourceRequests") @Nullable List<Map<String, Object>> extendedResourceRequests,
    @JsonProperty("cpuResourceLimit") @Nullable Integer cpuResourceLimit,
    @JsonProperty("memoryResourceLimit") @Nullable Double memoryResourceLimit,
    @JsonProperty("ephemeralStorageResourceLimit") @Nullable Double ephemeralStorageResourceLimit,
    @JsonProperty("hugePageResources") @Nullable Map<String, String> hugePageResources,
    @JsonProperty("cpuPinningRequirements") @Valid @Nullable VirtualCpuPinningData cpuPinningRequirements,
    @JsonProperty("swImageDesc") @NotNull @Valid SwImageDesc swImageDesc,
    @JsonProperty("bootData") @Nullable String bootData,
    @JsonProperty("monitoringParameters") @Nullable List<@Valid MonitoringParameter> monitoringParameters) {

  /** Copies collections so the record stays immutable. */
  public OsContainerDescriptor {
    extendedResourceRequests = Copies.list(extendedResourceRequests);
    hugePageResources = Copies.map(hugePageResources);
    monitoringParameters = Copies.list(monitoringParameters);
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

  /** Builds {@link OsContainerDescriptor} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String osContainerDescId;
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable Integer requestedCpuResources;
    private @Nullable Double requestedMemoryResources;
    private @Nullable Double requestedEphemeralStorageResources;
    private @Nullable List<Map<String, Object>> extendedResourceRequests;
    private @Nullable Integer cpuResourceLimit;
    private @Nullable Double memoryResourceLimit;
    private @Nullable Double ephemeralStorageResourceLimit;
    private @Nullable Map<String, String> hugePageResources;
    private @Nullable VirtualCpuPinningData cpuPinningRequirements;
    private @Nullable SwImageDesc swImageDesc;
    private @Nullable String bootData;
    private @Nullable List<MonitoringParameter> monitoringParameters;

    private Builder() {}

    private Builder(OsContainerDescriptor source) {
      this.osContainerDescId = source.osContainerDescId;
      this.name = source.name;
      this.description = source.description;
      this.requestedCpuResources = source.requestedCpuResources;
      this.requestedMemoryResources = source.requestedMemoryResources;
      this.requestedEphemeralStorageResources = source.requestedEphemeralStorageResources;
      this.extendedResourceRequests = Copies.mutable(source.extendedResourceRequests);
      this.cpuResourceLimit = source.cpuResourceLimit;
      this.memoryResourceLimit = source.memoryResourceLimit;
      this.ephemeralStorageResourceLimit = source.ephemeralStorageResourceLimit;
      this.hugePageResources = Copies.mutable(source.hugePageResources);
      this.cpuPinningRequirements = source.cpuPinningRequirements;
      this.swImageDesc = source.swImageDesc;
      this.bootData = source.bootData;
      this.monitoringParameters = Copies.mutable(source.monitoringParameters);
    }

    /**
     * Sets {@code osContainerDescId}: Identifier of this descriptor within the AppD.
     *
     * @param osContainerDescId the value
     * @return this builder
     */
    public Builder osContainerDescId(@Nullable String osContainerDescId) {
      this.osContainerDescId = osContainerDescId;
      return this;
    }

    /**
     * Sets {@code name}: Human-readable name of the container.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code description}: Human-readable description of the container.
     *
     * @param description the value
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@code requestedCpuResources}: CPU resources requested, e.g. in milli-CPU.
     *
     * @param requestedCpuResources the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder requestedCpuResources(@Nullable Integer requestedCpuResources) {
      this.requestedCpuResources = requestedCpuResources;
      return this;
    }

    /**
     * Sets {@code requestedMemoryResources}: Memory requested, e.g. in MB.
     *
     * @param requestedMemoryResources the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder requestedMemoryResources(@Nullable Double requestedMemoryResources) {
      this.requestedMemoryResources = requestedMemoryResources;
      return this;
    }

    /**
     * Sets {@code requestedEphemeralStorageResources}: Ephemeral storage requested, e.g. in GB.
     *
     * @param requestedEphemeralStorageResources the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder requestedEphemeralStorageResources(@Nullable Double requestedEphemeralStorageResources) {
      this.requestedEphemeralStorageResources = requestedEphemeralStorageResources;
      return this;
    }

    /**
     * Sets {@code extendedResourceRequests}: Extended resources required (such as Kubernetes extended resources), as
     * key-value pairs.
     *
     * @param extendedResourceRequests the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder extendedResourceRequests(@Nullable List<Map<String, Object>> extendedResourceRequests) {
      this.extendedResourceRequests = Copies.mutable(extendedResourceRequests);
      return this;
    }

    /**
     * Appends one entry to {@code extendedResourceRequests}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addExtendedResourceRequest(Map<String, Object> element) {
      this.extendedResourceRequests = Copies.add(this.extendedResourceRequests, element);
      return this;
    }

    /**
     * Sets {@code cpuResourceLimit}: The most CPU resources the container can use, e.g. in milli-CPU.
     *
     * @param cpuResourceLimit the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder cpuResourceLimit(@Nullable Integer cpuResourceLimit) {
      this.cpuResourceLimit = cpuResourceLimit;
      return this;
    }

    /**
     * Sets {@code memoryResourceLimit}: The most memory the container can use, e.g. in MB.
     *
     * @param memoryResourceLimit the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder memoryResourceLimit(@Nullable Double memoryResourceLimit) {
      this.memoryResourceLimit = memoryResourceLimit;
      return this;
    }

    /**
     * Sets {@code ephemeralStorageResourceLimit}: The most ephemeral storage the container can use, e.g. in GB.
     *
     * @param ephemeralStorageResourceLimit the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder ephemeralStorageResourceLimit(@Nullable Double ephemeralStorageResourceLimit) {
      this.ephemeralStorageResourceLimit = ephemeralStorageResourceLimit;
      return this;
    }

    /**
     * Sets {@code hugePageResources}: Huge pages requested, which the container can use at most, by page size.
     *
     * @param hugePageResources the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder hugePageResources(@Nullable Map<String, String> hugePageResources) {
      this.hugePageResources = Copies.mutable(hugePageResources);
      return this;
    }

    /**
     * Puts one entry into {@code hugePageResources}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putHugePageResource(String key, String value) {
      this.hugePageResources = Copies.put(this.hugePageResources, key, value);
      return this;
    }

    /**
     * Sets {@code cpuPinningRequirements}: CPU pinning requirements of the container.
     *
     * @param cpuPinningRequirements the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder cpuPinningRequirements(@Nullable VirtualCpuPinningData cpuPinningRequirements) {
      this.cpuPinningRequirements = cpuPinningRequirements;
      return this;
    }

    /**
     * Sets {@code swImageDesc}: The software image realising the container.
     *
     * @param swImageDesc the value
     * @return this builder
     */
    public Builder swImageDesc(@Nullable SwImageDesc swImageDesc) {
      this.swImageDesc = swImageDesc;
      return this;
    }

    /**
     * Sets {@code bootData}: A string, or the URL of a file in the package, that customises the container at boot; it
     * may contain variable parts replaced by deployment-specific values.
     *
     * @param bootData the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder bootData(@Nullable String bootData) {
      this.bootData = bootData;
      return this;
    }

    /**
     * Sets {@code monitoringParameters}: Virtualised resource metrics to track for this container.
     *
     * @param monitoringParameters the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder monitoringParameters(@Nullable List<MonitoringParameter> monitoringParameters) {
      this.monitoringParameters = Copies.mutable(monitoringParameters);
      return this;
    }

    /**
     * Appends one entry to {@code monitoringParameters}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addMonitoringParameter(MonitoringParameter element) {
      this.monitoringParameters = Copies.add(this.monitoringParameters, element);
      return this;
    }

    /**
     * Builds the {@link OsContainerDescriptor}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public OsContainerDescriptor build() {
      return new OsContainerDescriptor(osContainerDescId, name, description, requestedCpuResources, requestedMemoryResources, requestedEphemeralStorageResources, extendedResourceRequests, cpuResourceLimit, memoryResourceLimit, ephemeralStorageResourceLimit, hugePageResources, cpuPinningRequirements, swImageDesc, bootData, monitoringParameters);
    }
  }
}
