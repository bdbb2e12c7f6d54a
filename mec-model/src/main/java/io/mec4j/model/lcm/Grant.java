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
 * The {@code Grant} data type of ETSI GS MEC 010-2 (clause 6.2.4.4).
 * <p>  NOTE 1:  This interface allows to signal the use of multiple VIMs per application. However, due to the partial support of this feature in the present release, it is recommended in the present document that the number of entries in the "vims" attribute in the Grant is not greater than 1.
 * NOTE 2: The further condition will be defined by ETSI GS NFV-SOL 003 [7].
 * NOTE 3: External VLs can be passed in the application lifecycle management operation requests such as Instantiate, and/or in the grant response. The MEO may choose to override in the grant response external VL instances that have been passed previously in the associated application lifecycle management request, if the lifecycle management request has originated from the MEO itself.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema Grant).
 *
 * @param id Identifier of the Grant. (required)
 * @param appInstanceId Identifier of the application instance which this Grant is related to. (required)
 * @param appLcmOpOccId The identifier of the application lifecycle management operation occurrence associated to the Grant. (required)
 * @param vimConnections Provides information regarding VIM connections that are approved to be used by the MEPM to allocate resources, and provides parameters of these VIM connections. See note 1.
 * @param zones Identifies resource zones where the resources are approved to be allocated by the MEPM.
 * @param zoneGroups Information about groups of resource zones that are related and that the MEO has chosen to fulfil a zoneGroup constraint in the Grant request.
 * @param addResources List of resources that are approved to be added, with one entry per resource.
 * @param tempResources List of resources that are approved to be temporarily instantiated during the runtime of the lifecycle operation, with one entry per resource.
 * @param removeResources List of resources that are approved to be removed, with one entry per resource.
 * @param updateResources List of resources that are approved to be modified, with one entry per resource.
 * @param vimAssets Information about assets for the application that are managed by the MEO in the VIM, such as software images. See note 2.
 * @param extVirtualLinks Information about external VLs to connect the application instance to. See note 3.
 * @param additionalParams MEPM, specific to the application and the LCM operation.
 * @param links Links to resources related to this request. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "Grant")
public record Grant(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("appInstanceId") @NotNull String appInstanceId,
    @JsonProperty("appLcmOpOccId") @NotNull String appLcmOpOccId,
    @JsonProperty("vimConnections") @Nullable List<Map<String, VimConnectionInfo>> vimConnections,
    @JsonProperty("zones") @Nullable List<@Valid ZoneInfo> zones,
    @JsonProperty("zoneGroups") @Nullable List<@Valid ZoneGroupInfo> zoneGroups,
    @JsonProperty("addResources") @Nullable List<@Valid GrantInfo> addResources,
    @JsonProperty("tempResources") @Nullable List<@Valid GrantInfo> tempResources,
    @JsonProperty("removeResources") @Nullable List<@Valid GrantInfo> removeResources,
    @JsonProperty("updateResources") @Nullable List<@Valid GrantInfo> updateResources,
    @JsonProperty("vimAssets") @Valid @Nullable VimAssets vimAssets,
    @JsonProperty("extVirtualLinks") @Nullable List<@Valid ExtVirtualLinkData> extVirtualLinks,
    @JsonProperty("additionalParams") @Nullable Map<String, Object> additionalParams,
    @JsonProperty("_links") @NotNull @Valid GrantLinks links) {

  /** Copies collections so the record stays immutable. */
  public Grant {
    vimConnections = Copies.list(vimConnections);
    zones = Copies.list(zones);
    zoneGroups = Copies.list(zoneGroups);
    addResources = Copies.list(addResources);
    tempResources = Copies.list(tempResources);
    removeResources = Copies.list(removeResources);
    updateResources = Copies.list(updateResources);
    extVirtualLinks = Copies.list(extVirtualLinks);
    additionalParams = Copies.map(additionalParams);
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

  /** Builds {@link Grant} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String appInstanceId;
    private @Nullable String appLcmOpOccId;
    private @Nullable List<Map<String, VimConnectionInfo>> vimConnections;
    private @Nullable List<ZoneInfo> zones;
    private @Nullable List<ZoneGroupInfo> zoneGroups;
    private @Nullable List<GrantInfo> addResources;
    private @Nullable List<GrantInfo> tempResources;
    private @Nullable List<GrantInfo> removeResources;
    private @Nullable List<GrantInfo> updateResources;
    private @Nullable VimAssets vimAssets;
    private @Nullable List<ExtVirtualLinkData> extVirtualLinks;
    private @Nullable Map<String, Object> additionalParams;
    private @Nullable GrantLinks links;

    private Builder() {}

    private Builder(Grant source) {
      this.id = source.id;
      this.appInstanceId = source.appInstanceId;
      this.appLcmOpOccId = source.appLcmOpOccId;
      this.vimConnections = Copies.mutable(source.vimConnections);
      this.zones = Copies.mutable(source.zones);
      this.zoneGroups = Copies.mutable(source.zoneGroups);
      this.addResources = Copies.mutable(source.addResources);
      this.tempResources = Copies.mutable(source.tempResources);
      this.removeResources = Copies.mutable(source.removeResources);
      this.updateResources = Copies.mutable(source.updateResources);
      this.vimAssets = source.vimAssets;
      this.extVirtualLinks = Copies.mutable(source.extVirtualLinks);
      this.additionalParams = Copies.mutable(source.additionalParams);
      this.links = source.links;
    }

    /**
     * Sets {@code id}: Identifier of the Grant.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code appInstanceId}: Identifier of the application instance which this Grant is related to.
     *
     * @param appInstanceId the value
     * @return this builder
     */
    public Builder appInstanceId(@Nullable String appInstanceId) {
      this.appInstanceId = appInstanceId;
      return this;
    }

    /**
     * Sets {@code appLcmOpOccId}: The identifier of the application lifecycle management operation occurrence associated to the Grant.
     *
     * @param appLcmOpOccId the value
     * @return this builder
     */
    public Builder appLcmOpOccId(@Nullable String appLcmOpOccId) {
      this.appLcmOpOccId = appLcmOpOccId;
      return this;
    }

    /**
     * Sets {@code vimConnections}: Provides information regarding VIM connections that are approved to be used by the MEPM to allocate resources, and provides parameters of these VIM connections.
     *
     * @param vimConnections the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vimConnections(@Nullable List<Map<String, VimConnectionInfo>> vimConnections) {
      this.vimConnections = Copies.mutable(vimConnections);
      return this;
    }

    /**
     * Appends one entry to {@code vimConnections}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addVimConnection(Map<String, VimConnectionInfo> element) {
      this.vimConnections = Copies.add(this.vimConnections, element);
      return this;
    }

    /**
     * Sets {@code zones}: Identifies resource zones where the resources are approved to be allocated by the MEPM.
     *
     * @param zones the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder zones(@Nullable List<ZoneInfo> zones) {
      this.zones = Copies.mutable(zones);
      return this;
    }

    /**
     * Appends one entry to {@code zones}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addZone(ZoneInfo element) {
      this.zones = Copies.add(this.zones, element);
      return this;
    }

    /**
     * Sets {@code zoneGroups}: Information about groups of resource zones that are related and that the MEO has chosen to fulfil a zoneGroup constraint in the Grant request.
     *
     * @param zoneGroups the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder zoneGroups(@Nullable List<ZoneGroupInfo> zoneGroups) {
      this.zoneGroups = Copies.mutable(zoneGroups);
      return this;
    }

    /**
     * Appends one entry to {@code zoneGroups}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addZoneGroup(ZoneGroupInfo element) {
      this.zoneGroups = Copies.add(this.zoneGroups, element);
      return this;
    }

    /**
     * Sets {@code addResources}: List of resources that are approved to be added, with one entry per resource.
     *
     * @param addResources the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder addResources(@Nullable List<GrantInfo> addResources) {
      this.addResources = Copies.mutable(addResources);
      return this;
    }

    /**
     * Appends one entry to {@code addResources}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addAddResource(GrantInfo element) {
      this.addResources = Copies.add(this.addResources, element);
      return this;
    }

    /**
     * Sets {@code tempResources}: List of resources that are approved to be temporarily instantiated during the runtime of the lifecycle operation, with one entry per resource.
     *
     * @param tempResources the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder tempResources(@Nullable List<GrantInfo> tempResources) {
      this.tempResources = Copies.mutable(tempResources);
      return this;
    }

    /**
     * Appends one entry to {@code tempResources}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addTempResource(GrantInfo element) {
      this.tempResources = Copies.add(this.tempResources, element);
      return this;
    }

    /**
     * Sets {@code removeResources}: List of resources that are approved to be removed, with one entry per resource.
     *
     * @param removeResources the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder removeResources(@Nullable List<GrantInfo> removeResources) {
      this.removeResources = Copies.mutable(removeResources);
      return this;
    }

    /**
     * Appends one entry to {@code removeResources}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addRemoveResource(GrantInfo element) {
      this.removeResources = Copies.add(this.removeResources, element);
      return this;
    }

    /**
     * Sets {@code updateResources}: List of resources that are approved to be modified, with one entry per resource.
     *
     * @param updateResources the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder updateResources(@Nullable List<GrantInfo> updateResources) {
      this.updateResources = Copies.mutable(updateResources);
      return this;
    }

    /**
     * Appends one entry to {@code updateResources}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addUpdateResource(GrantInfo element) {
      this.updateResources = Copies.add(this.updateResources, element);
      return this;
    }

    /**
     * Sets {@code vimAssets}: Information about assets for the application that are managed by the MEO in the VIM, such as software images.
     *
     * @param vimAssets the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vimAssets(@Nullable VimAssets vimAssets) {
      this.vimAssets = vimAssets;
      return this;
    }

    /**
     * Sets {@code extVirtualLinks}: Information about external VLs to connect the application instance to.
     *
     * @param extVirtualLinks the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder extVirtualLinks(@Nullable List<ExtVirtualLinkData> extVirtualLinks) {
      this.extVirtualLinks = Copies.mutable(extVirtualLinks);
      return this;
    }

    /**
     * Appends one entry to {@code extVirtualLinks}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addExtVirtualLink(ExtVirtualLinkData element) {
      this.extVirtualLinks = Copies.add(this.extVirtualLinks, element);
      return this;
    }

    /**
     * Sets {@code additionalParams}: MEPM, specific to the application and the LCM operation.
     *
     * @param additionalParams the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder additionalParams(@Nullable Map<String, Object> additionalParams) {
      this.additionalParams = Copies.mutable(additionalParams);
      return this;
    }

    /**
     * Puts one entry into {@code additionalParams}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putAdditionalParam(String key, Object value) {
      this.additionalParams = Copies.put(this.additionalParams, key, value);
      return this;
    }

    /**
     * Sets {@code _links}: Links to resources related to this request.
     *
     * @param links the value
     * @return this builder
     */
    public Builder links(@Nullable GrantLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Builds the {@link Grant}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public Grant build() {
      return new Grant(id, appInstanceId, appLcmOpOccId, vimConnections, zones, zoneGroups, addResources, tempResources, removeResources, updateResources, vimAssets, extVirtualLinks, additionalParams, links);
    }
  }
}
