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
 * The {@code OsContainerDescriptor} data type of ETSI GS MEC 010-2.
 * <p>NOTE: Extended resources are to describe any type of resource provided by the container infrastructure. One
 *       example implementation of extended resources is "Extended Resources" in case the container infrastructure
 *       service is a Kubernetes® instance.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema OsContainerDescriptor), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema OsContainerDescriptor).
 *
 * @param osContainerDescId Unique identifier of this OsContainerDesc in the VNFD. (required)
 * @param name Human readable name of this OS container. (required)
 * @param description Human readable description of this OS container. (required)
 * @param requestedCpuResources Number of CPU resources requested for the container (e.g. in milli-CPU-s).
 * @param requestedMemoryResources Amount of memory resources requested for the container (e.g. in MB).
 * @param requestedEphemeralStorageResources Size of ephemeral storage resources requested for the container (e.g. in GB).
 * @param extendedResourceRequests An array of key-value pairs of extended resources required by the container see note.
 * @param cpuResourceLimit Number of CPU resources the container can maximally use (e.g. in milli-CPU).
 * @param memoryResourceLimit Amount of memory resources the container can maximally use (e.g. in MB).
 * @param ephemeralStorageResourceLimit Size of ephemeral storage resources the container can maximally use (e.g. in GB).
 * @param hugePageResources Specifies HugePages resources requested for the container, which the container can maximally use.
 * @param cpuPinningRequirements Requirements for CPU pinning configuration for this OS container.
 * @param swImageDesc Describes the software image realizing this OS container. (required)
 * @param bootData Contains a string or a URL to a file contained in the VNF package used to customize a container resource at boot time. The bootData may contain variable parts that are replaced by deployment specific values before being sent.
 * @param monitoringParameters Specifies the virtualized resource related performance metrics on the OsContainerDesc level to be tracked by the VNFM.
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
     * Sets {@code osContainerDescId}: Unique identifier of this OsContainerDesc in the VNFD.
     *
     * @param osContainerDescId the value
     * @return this builder
     */
    public Builder osContainerDescId(@Nullable String osContainerDescId) {
      this.osContainerDescId = osContainerDescId;
      return this;
    }

    /**
     * Sets {@code name}: Human readable name of this OS container.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code description}: Human readable description of this OS container.
     *
     * @param description the value
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@code requestedCpuResources}: Number of CPU resources requested for the container (e.g.
     *
     * @param requestedCpuResources the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder requestedCpuResources(@Nullable Integer requestedCpuResources) {
      this.requestedCpuResources = requestedCpuResources;
      return this;
    }

    /**
     * Sets {@code requestedMemoryResources}: Amount of memory resources requested for the container (e.g.
     *
     * @param requestedMemoryResources the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder requestedMemoryResources(@Nullable Double requestedMemoryResources) {
      this.requestedMemoryResources = requestedMemoryResources;
      return this;
    }

    /**
     * Sets {@code requestedEphemeralStorageResources}: Size of ephemeral storage resources requested for the container (e.g.
     *
     * @param requestedEphemeralStorageResources the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder requestedEphemeralStorageResources(@Nullable Double requestedEphemeralStorageResources) {
      this.requestedEphemeralStorageResources = requestedEphemeralStorageResources;
      return this;
    }

    /**
     * Sets {@code extendedResourceRequests}: An array of key-value pairs of extended resources required by the container see note.
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
     * Sets {@code cpuResourceLimit}: Number of CPU resources the container can maximally use (e.g.
     *
     * @param cpuResourceLimit the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder cpuResourceLimit(@Nullable Integer cpuResourceLimit) {
      this.cpuResourceLimit = cpuResourceLimit;
      return this;
    }

    /**
     * Sets {@code memoryResourceLimit}: Amount of memory resources the container can maximally use (e.g.
     *
     * @param memoryResourceLimit the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder memoryResourceLimit(@Nullable Double memoryResourceLimit) {
      this.memoryResourceLimit = memoryResourceLimit;
      return this;
    }

    /**
     * Sets {@code ephemeralStorageResourceLimit}: Size of ephemeral storage resources the container can maximally use (e.g.
     *
     * @param ephemeralStorageResourceLimit the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder ephemeralStorageResourceLimit(@Nullable Double ephemeralStorageResourceLimit) {
      this.ephemeralStorageResourceLimit = ephemeralStorageResourceLimit;
      return this;
    }

    /**
     * Sets {@code hugePageResources}: Specifies HugePages resources requested for the container, which the container can maximally use.
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
     * Sets {@code cpuPinningRequirements}: Requirements for CPU pinning configuration for this OS container.
     *
     * @param cpuPinningRequirements the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder cpuPinningRequirements(@Nullable VirtualCpuPinningData cpuPinningRequirements) {
      this.cpuPinningRequirements = cpuPinningRequirements;
      return this;
    }

    /**
     * Sets {@code swImageDesc}: Describes the software image realizing this OS container.
     *
     * @param swImageDesc the value
     * @return this builder
     */
    public Builder swImageDesc(@Nullable SwImageDesc swImageDesc) {
      this.swImageDesc = swImageDesc;
      return this;
    }

    /**
     * Sets {@code bootData}: Contains a string or a URL to a file contained in the VNF package used to customize a container resource at boot time.
     *
     * @param bootData the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder bootData(@Nullable String bootData) {
      this.bootData = bootData;
      return this;
    }

    /**
     * Sets {@code monitoringParameters}: Specifies the virtualized resource related performance metrics on the OsContainerDesc level to be tracked by the VNFM.
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
