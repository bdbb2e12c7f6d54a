package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * A virtual storage resource a MEC application uses: block, object or file storage.
 *
 * <p>ETSI GS NFV-IFA 011 {@code VirtualStorageDesc}.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema VirtualStorageDescriptor), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema VirtualStorageDescriptor).
 *
 * @param id identifier of this descriptor within the AppD
 * @param typeOfStorage the type of storage
 * @param blockStorageData details of block storage; required when the type is {@code BLOCK}
 * @param objectStorageData details of object storage; required when the type is {@code OBJECT}
 * @param fileStorageData details of file storage; required when the type is {@code FILE}
 * @param nfviMaintenanceInfo rules to observe when NFVI maintenance impacts storage created from this descriptor
 * @param perVnfcInstance whether a storage resource is created per application instance component (VNFC)
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
     * Sets {@code id}: Identifier of this descriptor within the AppD.
     *
     * @param id the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code typeOfStorage}: The type of storage.
     *
     * @param typeOfStorage the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder typeOfStorage(@Nullable TypeOfStorage typeOfStorage) {
      this.typeOfStorage = typeOfStorage;
      return this;
    }

    /**
     * Sets {@code blockStorageData}: Details of block storage; required when the type is {@code BLOCK}.
     *
     * @param blockStorageData the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder blockStorageData(@Nullable BlockStorageData blockStorageData) {
      this.blockStorageData = blockStorageData;
      return this;
    }

    /**
     * Sets {@code objectStorageData}: Details of object storage; required when the type is {@code OBJECT}.
     *
     * @param objectStorageData the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder objectStorageData(@Nullable ObjectStorageData objectStorageData) {
      this.objectStorageData = objectStorageData;
      return this;
    }

    /**
     * Sets {@code fileStorageData}: Details of file storage; required when the type is {@code FILE}.
     *
     * @param fileStorageData the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder fileStorageData(@Nullable FileStorageData fileStorageData) {
      this.fileStorageData = fileStorageData;
      return this;
    }

    /**
     * Sets {@code nfviMaintenanceInfo}: Rules to observe when NFVI maintenance impacts storage created from this
     * descriptor.
     *
     * @param nfviMaintenanceInfo the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder nfviMaintenanceInfo(@Nullable PkgNfviMaintenanceInfo nfviMaintenanceInfo) {
      this.nfviMaintenanceInfo = nfviMaintenanceInfo;
      return this;
    }

    /**
     * Sets {@code perVnfcInstance}: Whether a storage resource is created per application instance component (VNFC).
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
