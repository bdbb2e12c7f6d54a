package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The virtual compute resources of the VM that realises a MEC application: CPUs, memory, disks and additional
 * requirements.
 *
 * <p>ETSI GS NFV-IFA 011 {@code VirtualComputeDesc}.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema VirtualComputeDescriptor), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema VirtualComputeDescriptor).
 *
 * @param virtualComputeDescId identifier of this descriptor within the AppD
 * @param logicalNode logical node (e.g. NUMA) requirements
 * @param requestAdditionalCapabilities additional capabilities required, e.g. acceleration
 * @param computeRequirements other compute requirements (the file does not specify their format)
 * @param virtualMemory the virtual memory of the VM
 * @param virtualCpu the virtual CPUs of the VM
 * @param virtualDisk the local or ephemeral disks of the VM
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "VirtualComputeDescriptor")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "VirtualComputeDescriptor")
public record VirtualComputeDescriptor(
    @JsonProperty("virtualComputeDescId") @NotNull String virtualComputeDescId,
    @JsonProperty("logicalNode") @Nullable List<@Valid LogicalNodeRequirements> logicalNode,
    @JsonProperty("requestAdditionalCapabilities") @Nullable List<@Valid RequestedAdditionalCapabilityData> requestAdditionalCapabilities,
    @JsonProperty("computeRequirements") @Nullable List<String> computeRequirements,
    @JsonProperty("virtualMemory") @NotNull @Valid VirtualMemoryData virtualMemory,
    @JsonProperty("virtualCpu") @NotNull @Valid VirtualCpuData virtualCpu,
    @JsonProperty("virtualDisk") @Nullable List<@Valid BlockStorageData> virtualDisk) {

  /** Copies collections so the record stays immutable. */
  public VirtualComputeDescriptor {
    logicalNode = Copies.list(logicalNode);
    requestAdditionalCapabilities = Copies.list(requestAdditionalCapabilities);
    computeRequirements = Copies.list(computeRequirements);
    virtualDisk = Copies.list(virtualDisk);
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

  /** Builds {@link VirtualComputeDescriptor} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String virtualComputeDescId;
    private @Nullable List<LogicalNodeRequirements> logicalNode;
    private @Nullable List<RequestedAdditionalCapabilityData> requestAdditionalCapabilities;
    private @Nullable List<String> computeRequirements;
    private @Nullable VirtualMemoryData virtualMemory;
    private @Nullable VirtualCpuData virtualCpu;
    private @Nullable List<BlockStorageData> virtualDisk;

    private Builder() {}

    private Builder(VirtualComputeDescriptor source) {
      this.virtualComputeDescId = source.virtualComputeDescId;
      this.logicalNode = Copies.mutable(source.logicalNode);
      this.requestAdditionalCapabilities = Copies.mutable(source.requestAdditionalCapabilities);
      this.computeRequirements = Copies.mutable(source.computeRequirements);
      this.virtualMemory = source.virtualMemory;
      this.virtualCpu = source.virtualCpu;
      this.virtualDisk = Copies.mutable(source.virtualDisk);
    }

    /**
     * Sets {@code virtualComputeDescId}: Identifier of this descriptor within the AppD.
     *
     * @param virtualComputeDescId the value
     * @return this builder
     */
    public Builder virtualComputeDescId(@Nullable String virtualComputeDescId) {
      this.virtualComputeDescId = virtualComputeDescId;
      return this;
    }

    /**
     * Sets {@code logicalNode}: Logical node (e.g. NUMA) requirements.
     *
     * @param logicalNode the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder logicalNode(@Nullable List<LogicalNodeRequirements> logicalNode) {
      this.logicalNode = Copies.mutable(logicalNode);
      return this;
    }

    /**
     * Appends one entry to {@code logicalNode}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addLogicalNode(LogicalNodeRequirements element) {
      this.logicalNode = Copies.add(this.logicalNode, element);
      return this;
    }

    /**
     * Sets {@code requestAdditionalCapabilities}: Additional capabilities required, e.g. acceleration.
     *
     * @param requestAdditionalCapabilities the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder requestAdditionalCapabilities(@Nullable List<RequestedAdditionalCapabilityData> requestAdditionalCapabilities) {
      this.requestAdditionalCapabilities = Copies.mutable(requestAdditionalCapabilities);
      return this;
    }

    /**
     * Appends one entry to {@code requestAdditionalCapabilities}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addRequestAdditionalCapability(RequestedAdditionalCapabilityData element) {
      this.requestAdditionalCapabilities = Copies.add(this.requestAdditionalCapabilities, element);
      return this;
    }

    /**
     * Sets {@code computeRequirements}: Other compute requirements (the file does not specify their format).
     *
     * @param computeRequirements the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder computeRequirements(@Nullable List<String> computeRequirements) {
      this.computeRequirements = Copies.mutable(computeRequirements);
      return this;
    }

    /**
     * Appends one entry to {@code computeRequirements}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addComputeRequirement(String element) {
      this.computeRequirements = Copies.add(this.computeRequirements, element);
      return this;
    }

    /**
     * Sets {@code virtualMemory}: The virtual memory of the VM.
     *
     * @param virtualMemory the value
     * @return this builder
     */
    public Builder virtualMemory(@Nullable VirtualMemoryData virtualMemory) {
      this.virtualMemory = virtualMemory;
      return this;
    }

    /**
     * Sets {@code virtualCpu}: The virtual CPUs of the VM.
     *
     * @param virtualCpu the value
     * @return this builder
     */
    public Builder virtualCpu(@Nullable VirtualCpuData virtualCpu) {
      this.virtualCpu = virtualCpu;
      return this;
    }

    /**
     * Sets {@code virtualDisk}: The local or ephemeral disks of the VM.
     *
     * @param virtualDisk the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder virtualDisk(@Nullable List<BlockStorageData> virtualDisk) {
      this.virtualDisk = Copies.mutable(virtualDisk);
      return this;
    }

    /**
     * Appends one entry to {@code virtualDisk}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addVirtualDisk(BlockStorageData element) {
      this.virtualDisk = Copies.add(this.virtualDisk, element);
      return this;
    }

    /**
     * Builds the {@link VirtualComputeDescriptor}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public VirtualComputeDescriptor build() {
      return new VirtualComputeDescriptor(virtualComputeDescId, logicalNode, requestAdditionalCapabilities, computeRequirements, virtualMemory, virtualCpu, virtualDisk);
    }
  }
}
