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
 * The {@code BlockStorageData} data type of ETSI GS MEC 010-2.
 * <p>NOTE: This attribute shall not be present in a VirtualStorageDesc used in a VDU realized by one or a set of OS containers
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema BlockStorageData), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema BlockStorageData).
 *
 * @param sizeOfStorage Size of virtualised storage resource in GB. (required)
 * @param vduStorageRequirements An array of key-value pairs that articulate the storage deployment requirements.
 * @param rdmaEnabled Indicate if the storage support RDMA.
 * @param swImageDesc References the software image to be loaded on the VirtualStorage resource created based on this VirtualStorageDesc. Shall be absent when used for virtual disks. See note.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "BlockStorageData")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "BlockStorageData")
public record BlockStorageData(
    @JsonProperty("sizeOfStorage") @NotNull Double sizeOfStorage,
    @JsonProperty("vduStorageRequirements") @Nullable List<Map<String, Object>> vduStorageRequirements,
    @JsonProperty("rdmaEnabled") @Nullable Boolean rdmaEnabled,
    @JsonProperty("swImageDesc") @Valid @Nullable SwImageDesc swImageDesc) {

  /** Copies collections so the record stays immutable. */
  public BlockStorageData {
    vduStorageRequirements = Copies.list(vduStorageRequirements);
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

  /** Builds {@link BlockStorageData} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable Double sizeOfStorage;
    private @Nullable List<Map<String, Object>> vduStorageRequirements;
    private @Nullable Boolean rdmaEnabled;
    private @Nullable SwImageDesc swImageDesc;

    private Builder() {}

    private Builder(BlockStorageData source) {
      this.sizeOfStorage = source.sizeOfStorage;
      this.vduStorageRequirements = Copies.mutable(source.vduStorageRequirements);
      this.rdmaEnabled = source.rdmaEnabled;
      this.swImageDesc = source.swImageDesc;
    }

    /**
     * Sets {@code sizeOfStorage}: Size of virtualised storage resource in GB.
     *
     * @param sizeOfStorage the value
     * @return this builder
     */
    public Builder sizeOfStorage(@Nullable Double sizeOfStorage) {
      this.sizeOfStorage = sizeOfStorage;
      return this;
    }

    /**
     * Sets {@code vduStorageRequirements}: An array of key-value pairs that articulate the storage deployment requirements.
     *
     * @param vduStorageRequirements the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vduStorageRequirements(@Nullable List<Map<String, Object>> vduStorageRequirements) {
      this.vduStorageRequirements = Copies.mutable(vduStorageRequirements);
      return this;
    }

    /**
     * Appends one entry to {@code vduStorageRequirements}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addVduStorageRequirement(Map<String, Object> element) {
      this.vduStorageRequirements = Copies.add(this.vduStorageRequirements, element);
      return this;
    }

    /**
     * Sets {@code rdmaEnabled}: Indicate if the storage support RDMA.
     *
     * @param rdmaEnabled the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder rdmaEnabled(@Nullable Boolean rdmaEnabled) {
      this.rdmaEnabled = rdmaEnabled;
      return this;
    }

    /**
     * Sets {@code swImageDesc}: References the software image to be loaded on the VirtualStorage resource created based on this VirtualStorageDesc.
     *
     * @param swImageDesc the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder swImageDesc(@Nullable SwImageDesc swImageDesc) {
      this.swImageDesc = swImageDesc;
      return this;
    }

    /**
     * Builds the {@link BlockStorageData}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public BlockStorageData build() {
      return new BlockStorageData(sizeOfStorage, vduStorageRequirements, rdmaEnabled, swImageDesc);
    }
  }
}
