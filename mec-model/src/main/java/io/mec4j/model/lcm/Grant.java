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
 * The MEO's answer to a {@link GrantRequest}: the resources an application LCM operation may add, use temporarily,
 * modify or remove, and the VIM connections, zones and assets to use for them.
 *
 * <p>Several VIM connections can be given, but in this release the spec recommends at most one per application.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.4.4 (MEC010-2_AppGrant.yaml, schema Grant).
 *
 * @param id Identifier of the grant.
 * @param appInstanceId Identifier of the application instance the grant is for.
 * @param appLcmOpOccId Identifier of the LCM operation occurrence the grant is for.
 * @param vimConnections VIM connections the MEPM may use to allocate the resources, with their parameters, keyed by
 *     VIM connection identifier.
 * @param zones Resource zones in which the resources may be allocated.
 * @param zoneGroups Groups of related resource zones that the MEO chose to meet a zone group constraint of the grant
 *     request.
 * @param addResources Resources approved to be added, one entry per resource.
 * @param tempResources Resources approved to be instantiated temporarily while the operation runs, one entry per
 *     resource.
 * @param removeResources Resources approved to be removed, one entry per resource.
 * @param updateResources Resources approved to be modified, one entry per resource.
 * @param vimAssets Assets of the application that the MEO manages in the VIM, such as software images.
 * @param extVirtualLinks External virtual links to connect the application instance to; if the MEO issued the LCM
 *     request, these may override the ones it passed there.
 * @param additionalParams Additional parameters from the MEO, specific to the application and the LCM operation.
 * @param links Links to the related LCM operation occurrence and application instance.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "Grant")
public record Grant(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("appInstanceId") @NotNull String appInstanceId,
    @JsonProperty("appLcmOpOccId") @NotNull String appLcmOpOccId,
    @JsonProperty("vimConnections") @Nullable Map<String, @Valid VimConnectionInfo> vimConnections,
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
    vimConnections = Copies.map(vimConnections);
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
    private @Nullable Map<String, VimConnectionInfo> vimConnections;
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
     * Sets {@code id}: Identifier of the grant.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code appInstanceId}: Identifier of the application instance the grant is for.
     *
     * @param appInstanceId the value
     * @return this builder
     */
    public Builder appInstanceId(@Nullable String appInstanceId) {
      this.appInstanceId = appInstanceId;
      return this;
    }

    /**
     * Sets {@code appLcmOpOccId}: Identifier of the LCM operation occurrence the grant is for.
     *
     * @param appLcmOpOccId the value
     * @return this builder
     */
    public Builder appLcmOpOccId(@Nullable String appLcmOpOccId) {
      this.appLcmOpOccId = appLcmOpOccId;
      return this;
    }

    /**
     * Sets {@code vimConnections}: VIM connections the MEPM may use to allocate the resources, with their parameters,
     * keyed by VIM connection identifier.
     *
     * @param vimConnections the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vimConnections(@Nullable Map<String, VimConnectionInfo> vimConnections) {
      this.vimConnections = Copies.mutable(vimConnections);
      return this;
    }

    /**
     * Puts one entry into {@code vimConnections}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putVimConnection(String key, VimConnectionInfo value) {
      this.vimConnections = Copies.put(this.vimConnections, key, value);
      return this;
    }

    /**
     * Sets {@code zones}: Resource zones in which the resources may be allocated.
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
     * Sets {@code zoneGroups}: Groups of related resource zones that the MEO chose to meet a zone group constraint of
     * the grant request.
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
     * Sets {@code addResources}: Resources approved to be added, one entry per resource.
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
     * Sets {@code tempResources}: Resources approved to be instantiated temporarily while the operation runs, one
     * entry per resource.
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
     * Sets {@code removeResources}: Resources approved to be removed, one entry per resource.
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
     * Sets {@code updateResources}: Resources approved to be modified, one entry per resource.
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
     * Sets {@code vimAssets}: Assets of the application that the MEO manages in the VIM, such as software images.
     *
     * @param vimAssets the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vimAssets(@Nullable VimAssets vimAssets) {
      this.vimAssets = vimAssets;
      return this;
    }

    /**
     * Sets {@code extVirtualLinks}: External virtual links to connect the application instance to.
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
     * Sets {@code additionalParams}: Additional parameters from the MEO, specific to the application and the LCM
     * operation.
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
     * Sets {@code _links}: Links to the related LCM operation occurrence and application instance.
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
