package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code VnfVirtualLinkDesc} data type of ETSI GS MEC 010-2.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema VnfVirtualLinkDesc), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema VnfVirtualLinkDesc).
 *
 * @param virtualLinkDescId Unique identifier of this internal VLD in VNFD.
 * @param virtualLinkDescFlavour Describes a specific flavour of the VL with specific bitrate requirements.
 * @param connectivityType See clause 7.1.7.3.
 * @param testAccess Specifies test access facilities expected on the VL.
 * @param description Provides human-readable information on the purpose of the VL.
 * @param monitoringParameter Specifies the virtualised resource related performance metrics on VLD level to be tracked by the VNFM.
 * @param nfviMaintenanceInfo Provides information on the rules to be observed when an instance based on this VnfVirtualLinkDesc is impacted during NFVI operation and maintenance.
 * @param externallyManaged Specifies the intent of the VNF designer with respect to the internal VL instances created from this descriptor being externally managed.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "VnfVirtualLinkDesc")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "VnfVirtualLinkDesc")
public record VnfVirtualLinkDesc(
    @JsonProperty("virtualLinkDescId") @Nullable String virtualLinkDescId,
    @JsonProperty("virtualLinkDescFlavour") @Nullable List<@Valid VirtualLinkDescFlavour> virtualLinkDescFlavour,
    @JsonProperty("connectivityType") @Valid @Nullable ConnectivityType connectivityType,
    @JsonProperty("testAccess") @Nullable List<String> testAccess,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("monitoringParameter") @Nullable List<@Valid MonitoringParameter> monitoringParameter,
    @JsonProperty("nfviMaintenanceInfo") @Valid @Nullable PkgNfviMaintenanceInfo nfviMaintenanceInfo,
    @JsonProperty("externallyManaged") @Nullable ExternallyManaged externallyManaged) {

  /** Copies collections so the record stays immutable. */
  public VnfVirtualLinkDesc {
    virtualLinkDescFlavour = Copies.list(virtualLinkDescFlavour);
    testAccess = Copies.list(testAccess);
    monitoringParameter = Copies.list(monitoringParameter);
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

  /** Builds {@link VnfVirtualLinkDesc} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String virtualLinkDescId;
    private @Nullable List<VirtualLinkDescFlavour> virtualLinkDescFlavour;
    private @Nullable ConnectivityType connectivityType;
    private @Nullable List<String> testAccess;
    private @Nullable String description;
    private @Nullable List<MonitoringParameter> monitoringParameter;
    private @Nullable PkgNfviMaintenanceInfo nfviMaintenanceInfo;
    private @Nullable ExternallyManaged externallyManaged;

    private Builder() {}

    private Builder(VnfVirtualLinkDesc source) {
      this.virtualLinkDescId = source.virtualLinkDescId;
      this.virtualLinkDescFlavour = Copies.mutable(source.virtualLinkDescFlavour);
      this.connectivityType = source.connectivityType;
      this.testAccess = Copies.mutable(source.testAccess);
      this.description = source.description;
      this.monitoringParameter = Copies.mutable(source.monitoringParameter);
      this.nfviMaintenanceInfo = source.nfviMaintenanceInfo;
      this.externallyManaged = source.externallyManaged;
    }

    /**
     * Sets {@code virtualLinkDescId}: Unique identifier of this internal VLD in VNFD.
     *
     * @param virtualLinkDescId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder virtualLinkDescId(@Nullable String virtualLinkDescId) {
      this.virtualLinkDescId = virtualLinkDescId;
      return this;
    }

    /**
     * Sets {@code virtualLinkDescFlavour}: Describes a specific flavour of the VL with specific bitrate requirements.
     *
     * @param virtualLinkDescFlavour the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder virtualLinkDescFlavour(@Nullable List<VirtualLinkDescFlavour> virtualLinkDescFlavour) {
      this.virtualLinkDescFlavour = Copies.mutable(virtualLinkDescFlavour);
      return this;
    }

    /**
     * Appends one entry to {@code virtualLinkDescFlavour}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addVirtualLinkDescFlavour(VirtualLinkDescFlavour element) {
      this.virtualLinkDescFlavour = Copies.add(this.virtualLinkDescFlavour, element);
      return this;
    }

    /**
     * Sets {@code connectivityType}: See clause 7.1.7.3.
     *
     * @param connectivityType the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder connectivityType(@Nullable ConnectivityType connectivityType) {
      this.connectivityType = connectivityType;
      return this;
    }

    /**
     * Sets {@code testAccess}: Specifies test access facilities expected on the VL.
     *
     * @param testAccess the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder testAccess(@Nullable List<String> testAccess) {
      this.testAccess = Copies.mutable(testAccess);
      return this;
    }

    /**
     * Appends one entry to {@code testAccess}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addTestAccess(String element) {
      this.testAccess = Copies.add(this.testAccess, element);
      return this;
    }

    /**
     * Sets {@code description}: Provides human-readable information on the purpose of the VL.
     *
     * @param description the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@code monitoringParameter}: Specifies the virtualised resource related performance metrics on VLD level to be tracked by the VNFM.
     *
     * @param monitoringParameter the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder monitoringParameter(@Nullable List<MonitoringParameter> monitoringParameter) {
      this.monitoringParameter = Copies.mutable(monitoringParameter);
      return this;
    }

    /**
     * Appends one entry to {@code monitoringParameter}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addMonitoringParameter(MonitoringParameter element) {
      this.monitoringParameter = Copies.add(this.monitoringParameter, element);
      return this;
    }

    /**
     * Sets {@code nfviMaintenanceInfo}: Provides information on the rules to be observed when an instance based on this VnfVirtualLinkDesc is impacted during NFVI operation and maintenance.
     *
     * @param nfviMaintenanceInfo the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder nfviMaintenanceInfo(@Nullable PkgNfviMaintenanceInfo nfviMaintenanceInfo) {
      this.nfviMaintenanceInfo = nfviMaintenanceInfo;
      return this;
    }

    /**
     * Sets {@code externallyManaged}: Specifies the intent of the VNF designer with respect to the internal VL instances created from this descriptor being externally managed.
     *
     * @param externallyManaged the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder externallyManaged(@Nullable ExternallyManaged externallyManaged) {
      this.externallyManaged = externallyManaged;
      return this;
    }

    /**
     * Builds the {@link VnfVirtualLinkDesc}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public VnfVirtualLinkDesc build() {
      return new VnfVirtualLinkDesc(virtualLinkDescId, virtualLinkDescFlavour, connectivityType, testAccess, description, monitoringParameter, nfviMaintenanceInfo, externallyManaged);
    }
  }
}
