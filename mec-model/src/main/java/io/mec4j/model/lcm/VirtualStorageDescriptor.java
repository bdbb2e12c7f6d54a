package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * The {@code VirtualStorageDescriptor} data type of ETSI GS MEC 010-2.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema VirtualStorageDescriptor), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema VirtualStorageDescriptor).
 *
 * @param id Unique identifier of this VirtualStorageDesc in the VNFD.
 * @param typeOfStorage Type of virtualized storage resource.
 * @param blockStorageData Details of block storage. Required when typeOfStorage is set to "BLOCK".
 * @param objectStorageData Details of object storage. Required when typeOfStorage is set to "OBJECT".
 * @param fileStorageData Details of file storage. Required when typeOfStorage is set to "FILE".
 * @param nfviMaintenanceInfo Information on NFVI operation and maintenance rules for instances based on this VirtualStorageDesc.
 * @param perVnfcInstance Indicates whether the virtual storage resource should be instantiated per VNFC instance.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "VirtualStorageDescriptor")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "VirtualStorageDescriptor")
public record VirtualStorageDescriptor(
    @JsonProperty("id") @Nullable String id,
    @JsonProperty("typeOfStorage") @Nullable TypeOfStorage typeOfStorage,
    @JsonProperty("blockStorageData") @Valid @Nullable BlockStorageData blockStorageData,
    @JsonProperty("objectStorageData") @Valid @Nullable ObjectStorageData objectStorageData,
    @JsonProperty("fileStorageData") @Valid @Nullable FileStorageData fileStorageData,
    @JsonProperty("nfviMaintenanceInfo") @Valid @Nullable PkgNfviMaintenanceInfo nfviMaintenanceInfo,
    @JsonProperty("perVnfcInstance") @Nullable Boolean perVnfcInstance) {

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

  /** Builds {@link VirtualStorageDescriptor} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable TypeOfStorage typeOfStorage;
    private @Nullable BlockStorageData blockStorageData;
    private @Nullable ObjectStorageData objectStorageData;
    private @Nullable FileStorageData fileStorageData;
    private @Nullable PkgNfviMaintenanceInfo nfviMaintenanceInfo;
    private @Nullable Boolean perVnfcInstance;

    private Builder() {}

    private Builder(VirtualStorageDescriptor source) {
      this.id = source.id;
      this.typeOfStorage = source.typeOfStorage;
      this.blockStorageData = source.blockStorageData;
      this.objectStorageData = source.objectStorageData;
      this.fileStorageData = source.fileStorageData;
      this.nfviMaintenanceInfo = source.nfviMaintenanceInfo;
      this.perVnfcInstance = source.perVnfcInstance;
    }

    /**
     * Sets {@code id}: Unique identifier of this VirtualStorageDesc in the VNFD.
     *
     * @param id the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code typeOfStorage}: Type of virtualized storage resource.
     *
     * @param typeOfStorage the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder typeOfStorage(@Nullable TypeOfStorage typeOfStorage) {
      this.typeOfStorage = typeOfStorage;
      return this;
    }

    /**
     * Sets {@code blockStorageData}: Details of block storage.
     *
     * @param blockStorageData the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder blockStorageData(@Nullable BlockStorageData blockStorageData) {
      this.blockStorageData = blockStorageData;
      return this;
    }

    /**
     * Sets {@code objectStorageData}: Details of object storage.
     *
     * @param objectStorageData the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder objectStorageData(@Nullable ObjectStorageData objectStorageData) {
      this.objectStorageData = objectStorageData;
      return this;
    }

    /**
     * Sets {@code fileStorageData}: Details of file storage.
     *
     * @param fileStorageData the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder fileStorageData(@Nullable FileStorageData fileStorageData) {
      this.fileStorageData = fileStorageData;
      return this;
    }

    /**
     * Sets {@code nfviMaintenanceInfo}: Information on NFVI operation and maintenance rules for instances based on this VirtualStorageDesc.
     *
     * @param nfviMaintenanceInfo the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder nfviMaintenanceInfo(@Nullable PkgNfviMaintenanceInfo nfviMaintenanceInfo) {
      this.nfviMaintenanceInfo = nfviMaintenanceInfo;
      return this;
    }

    /**
     * Sets {@code perVnfcInstance}: Indicates whether the virtual storage resource should be instantiated per VNFC instance.
     *
     * @param perVnfcInstance the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder perVnfcInstance(@Nullable Boolean perVnfcInstance) {
      this.perVnfcInstance = perVnfcInstance;
      return this;
    }

    /**
     * Builds the {@link VirtualStorageDescriptor}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public VirtualStorageDescriptor build() {
      return new VirtualStorageDescriptor(id, typeOfStorage, blockStorageData, objectStorageData, fileStorageData, nfviMaintenanceInfo, perVnfcInstance);
    }
  }
}
