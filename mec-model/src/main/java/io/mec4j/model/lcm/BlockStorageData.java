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
 * The size and properties of a block storage resource (a volume or a virtual disk).
 *
 * <p>ETSI GS NFV-IFA 011, clause 7.1.9.4.3.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema BlockStorageData), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema BlockStorageData).
 *
 * @param sizeOfStorage size of the storage in GB
 * @param vduStorageRequirements storage deployment requirements, as key-value pairs
 * @param rdmaEnabled whether the storage supports RDMA
 * @param swImageDesc the software image to load onto the storage; absent for virtual disks and for applications
 *     realised by OS containers
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
     * Sets {@code sizeOfStorage}: Size of the storage in GB.
     *
     * @param sizeOfStorage the value
     * @return this builder
     */
    public Builder sizeOfStorage(@Nullable Double sizeOfStorage) {
      this.sizeOfStorage = sizeOfStorage;
      return this;
    }

    /**
     * Sets {@code vduStorageRequirements}: Storage deployment requirements, as key-value pairs.
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
     * Sets {@code rdmaEnabled}: Whether the storage supports RDMA.
     *
     * @param rdmaEnabled the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder rdmaEnabled(@Nullable Boolean rdmaEnabled) {
      this.rdmaEnabled = rdmaEnabled;
      return this;
    }

    /**
     * Sets {@code swImageDesc}: The software image to load onto the storage; absent for virtual disks and for
     * applications realised by OS containers.
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
