package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An internal virtual link: its flavours, connectivity, monitoring and maintenance rules.
 *
 * <p>ETSI GS NFV-IFA 011 {@code VnfVirtualLinkDesc}; here it describes the network of a {@link FileStorageData}.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema VnfVirtualLinkDesc), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema VnfVirtualLinkDesc).
 *
 * @param virtualLinkDescId identifier of this internal virtual link descriptor
 * @param virtualLinkDescFlavour flavours of the link, with their QoS
 * @param connectivityType protocols and flow pattern of the link
 * @param testAccess test access facilities expected on the link, e.g. {@code passive monitoring}
 * @param description purpose of the link
 * @param monitoringParameter virtualised resource metrics to track on the link
 * @param nfviMaintenanceInfo rules to observe when NFVI maintenance impacts links created from this descriptor
 * @param externallyManaged whether link instances created from this descriptor are, or may be, managed externally;
 *     {@code ALLOWED} when absent
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
     * Sets {@code virtualLinkDescId}: Identifier of this internal virtual link descriptor.
     *
     * @param virtualLinkDescId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder virtualLinkDescId(@Nullable String virtualLinkDescId) {
      this.virtualLinkDescId = virtualLinkDescId;
      return this;
    }

    /**
     * Sets {@code virtualLinkDescFlavour}: Flavours of the link, with their QoS.
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
     * Sets {@code connectivityType}: Protocols and flow pattern of the link.
     *
     * @param connectivityType the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder connectivityType(@Nullable ConnectivityType connectivityType) {
      this.connectivityType = connectivityType;
      return this;
    }

    /**
     * Sets {@code testAccess}: Test access facilities expected on the link, e.g. {@code passive monitoring}.
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
     * Sets {@code description}: Purpose of the link.
     *
     * @param description the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@code monitoringParameter}: Virtualised resource metrics to track on the link.
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
     * Sets {@code nfviMaintenanceInfo}: Rules to observe when NFVI maintenance impacts links created from this
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
     * Sets {@code externallyManaged}: Whether link instances created from this descriptor are, or may be, managed
     * externally; {@code ALLOWED} when absent.
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
