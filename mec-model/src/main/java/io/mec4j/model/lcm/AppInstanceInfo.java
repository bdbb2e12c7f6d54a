package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.CommunicationInterface;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code AppInstanceInfo} data type of ETSI GS MEC 010-2 (clause 6.2.2.4).
 * <p>  NOTE 1: This field does not apply if the data structure is used by MEAO.
 * NOTE 2: This field applies if the data structure is used by MEAO.
 * NOTE 3: This field does not apply if the data structure is used on Mm3*.
 * NOTE 4: This field applies if the data structure is used on Mm3*.
 * NOTE 5: This field applies if the data structure is used on Mm1 or Mm3*.
 * NOTE 6: It is not specified in the present document how location information is obtained in the case of MEC in NFV.
 * NOTE 7: This attribute reflects the ETSI NFV interpretation of the cloud native workloads.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema AppInstanceInfo).
 *
 * @param id Identifier of the application instance represented by this data type. (required)
 * @param appInstanceName Name of the application instance.
 * @param appInstanceDescription Human-readable description of the application instance to be created.
 * @param appDId The application descriptor identifier is managed by the application provider to identify the application descriptor in a globally unique way. It is copied from the AppD of the onboarded application package. (required)
 * @param appProvider The onboarded application package provider name. (required)
 * @param appName The onboarded application name. (required)
 * @param appSoftVersion The application software version. (required)
 * @param appDVersion Version of the application descriptor. (required)
 * @param appPkgId Identifier of the onboarded application package. (required)
 * @param vimConnectionInfo Information about VIM connections to be used for managing the resources for the application instance. The keys of the map, each of which identifies information about a particular VIM connection, are managed by the MEO and referenced from other data structures via the "vimConnectionId" attribute. See notes 1 and 3.
 * @param nsInstanceId Identifier of the NS instance created by NFVO in which the MEC application has been instantiated as a VNF instance. See note 2.
 * @param vnfInstanceId Identifier of the VNF instance created by VNFM that the MEC application has been instantiated as. See note 2.
 * @param instantiationState Instantiation state of the application instance: NOT_INSTANTIATED: the application instance is not instantiated. INSTANTIATED: the application instance has been instantiated. (required)
 * @param instantiatedAppState Information specific to an instantiated application. This attribute shall be present if the instantiationState attribute value is INSTANTIATED.
 * @param communicationInterface Interface for communication with other application instances. See clause 7.5.2 of ETSI GS MEC 021 [13] for the data type definition.
 * @param links Links to resources related to this resource. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppInstanceInfo")
public record AppInstanceInfo(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("appInstanceName") @Nullable String appInstanceName,
    @JsonProperty("appInstanceDescription") @Nullable String appInstanceDescription,
    @JsonProperty("appDId") @NotNull String appDId,
    @JsonProperty("appProvider") @NotNull String appProvider,
    @JsonProperty("appName") @NotNull String appName,
    @JsonProperty("appSoftVersion") @NotNull String appSoftVersion,
    @JsonProperty("appDVersion") @NotNull String appDVersion,
    @JsonProperty("appPkgId") @NotNull String appPkgId,
    @JsonProperty("vimConnectionInfo") @Nullable List<Map<String, VimConnectionInfo>> vimConnectionInfo,
    @JsonProperty("nsInstanceId") @Nullable String nsInstanceId,
    @JsonProperty("vnfInstanceId") @Nullable String vnfInstanceId,
    @JsonProperty("instantiationState") @NotNull InstantiationState instantiationState,
    @JsonProperty("instantiatedAppState") @Valid @Nullable InstantiatedAppState instantiatedAppState,
    @JsonProperty("communicationInterface") @Valid @Nullable CommunicationInterface communicationInterface,
    @JsonProperty("_links") @NotNull @Valid AppInstanceInfoLinks links) {

  /** Copies collections so the record stays immutable. */
  public AppInstanceInfo {
    vimConnectionInfo = Copies.list(vimConnectionInfo);
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

  /** Builds {@link AppInstanceInfo} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String appInstanceName;
    private @Nullable String appInstanceDescription;
    private @Nullable String appDId;
    private @Nullable String appProvider;
    private @Nullable String appName;
    private @Nullable String appSoftVersion;
    private @Nullable String appDVersion;
    private @Nullable String appPkgId;
    private @Nullable List<Map<String, VimConnectionInfo>> vimConnectionInfo;
    private @Nullable String nsInstanceId;
    private @Nullable String vnfInstanceId;
    private @Nullable InstantiationState instantiationState;
    private @Nullable InstantiatedAppState instantiatedAppState;
    private @Nullable CommunicationInterface communicationInterface;
    private @Nullable AppInstanceInfoLinks links;

    private Builder() {}

    private Builder(AppInstanceInfo source) {
      this.id = source.id;
      this.appInstanceName = source.appInstanceName;
      this.appInstanceDescription = source.appInstanceDescription;
      this.appDId = source.appDId;
      this.appProvider = source.appProvider;
      this.appName = source.appName;
      this.appSoftVersion = source.appSoftVersion;
      this.appDVersion = source.appDVersion;
      this.appPkgId = source.appPkgId;
      this.vimConnectionInfo = Copies.mutable(source.vimConnectionInfo);
      this.nsInstanceId = source.nsInstanceId;
      this.vnfInstanceId = source.vnfInstanceId;
      this.instantiationState = source.instantiationState;
      this.instantiatedAppState = source.instantiatedAppState;
      this.communicationInterface = source.communicationInterface;
      this.links = source.links;
    }

    /**
     * Sets {@code id}: Identifier of the application instance represented by this data type.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code appInstanceName}: Name of the application instance.
     *
     * @param appInstanceName the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appInstanceName(@Nullable String appInstanceName) {
      this.appInstanceName = appInstanceName;
      return this;
    }

    /**
     * Sets {@code appInstanceDescription}: Human-readable description of the application instance to be created.
     *
     * @param appInstanceDescription the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appInstanceDescription(@Nullable String appInstanceDescription) {
      this.appInstanceDescription = appInstanceDescription;
      return this;
    }

    /**
     * Sets {@code appDId}: The application descriptor identifier is managed by the application provider to identify the application descriptor in a globally unique way.
     *
     * @param appDId the value
     * @return this builder
     */
    public Builder appDId(@Nullable String appDId) {
      this.appDId = appDId;
      return this;
    }

    /**
     * Sets {@code appProvider}: The onboarded application package provider name.
     *
     * @param appProvider the value
     * @return this builder
     */
    public Builder appProvider(@Nullable String appProvider) {
      this.appProvider = appProvider;
      return this;
    }

    /**
     * Sets {@code appName}: The onboarded application name.
     *
     * @param appName the value
     * @return this builder
     */
    public Builder appName(@Nullable String appName) {
      this.appName = appName;
      return this;
    }

    /**
     * Sets {@code appSoftVersion}: The application software version.
     *
     * @param appSoftVersion the value
     * @return this builder
     */
    public Builder appSoftVersion(@Nullable String appSoftVersion) {
      this.appSoftVersion = appSoftVersion;
      return this;
    }

    /**
     * Sets {@code appDVersion}: Version of the application descriptor.
     *
     * @param appDVersion the value
     * @return this builder
     */
    public Builder appDVersion(@Nullable String appDVersion) {
      this.appDVersion = appDVersion;
      return this;
    }

    /**
     * Sets {@code appPkgId}: Identifier of the onboarded application package.
     *
     * @param appPkgId the value
     * @return this builder
     */
    public Builder appPkgId(@Nullable String appPkgId) {
      this.appPkgId = appPkgId;
      return this;
    }

    /**
     * Sets {@code vimConnectionInfo}: Information about VIM connections to be used for managing the resources for the application instance.
     *
     * @param vimConnectionInfo the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vimConnectionInfo(@Nullable List<Map<String, VimConnectionInfo>> vimConnectionInfo) {
      this.vimConnectionInfo = Copies.mutable(vimConnectionInfo);
      return this;
    }

    /**
     * Appends one entry to {@code vimConnectionInfo}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addVimConnectionInfo(Map<String, VimConnectionInfo> element) {
      this.vimConnectionInfo = Copies.add(this.vimConnectionInfo, element);
      return this;
    }

    /**
     * Sets {@code nsInstanceId}: Identifier of the NS instance created by NFVO in which the MEC application has been instantiated as a VNF instance.
     *
     * @param nsInstanceId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder nsInstanceId(@Nullable String nsInstanceId) {
      this.nsInstanceId = nsInstanceId;
      return this;
    }

    /**
     * Sets {@code vnfInstanceId}: Identifier of the VNF instance created by VNFM that the MEC application has been instantiated as.
     *
     * @param vnfInstanceId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vnfInstanceId(@Nullable String vnfInstanceId) {
      this.vnfInstanceId = vnfInstanceId;
      return this;
    }

    /**
     * Sets {@code instantiationState}: Instantiation state of the application instance: NOT_INSTANTIATED: the application instance is not instantiated.
     *
     * @param instantiationState the value
     * @return this builder
     */
    public Builder instantiationState(@Nullable InstantiationState instantiationState) {
      this.instantiationState = instantiationState;
      return this;
    }

    /**
     * Sets {@code instantiatedAppState}: Information specific to an instantiated application.
     *
     * @param instantiatedAppState the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder instantiatedAppState(@Nullable InstantiatedAppState instantiatedAppState) {
      this.instantiatedAppState = instantiatedAppState;
      return this;
    }

    /**
     * Sets {@code communicationInterface}: Interface for communication with other application instances.
     *
     * @param communicationInterface the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder communicationInterface(@Nullable CommunicationInterface communicationInterface) {
      this.communicationInterface = communicationInterface;
      return this;
    }

    /**
     * Sets {@code _links}: Links to resources related to this resource.
     *
     * @param links the value
     * @return this builder
     */
    public Builder links(@Nullable AppInstanceInfoLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Builds the {@link AppInstanceInfo}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppInstanceInfo build() {
      return new AppInstanceInfo(id, appInstanceName, appInstanceDescription, appDId, appProvider, appName, appSoftVersion, appDVersion, appPkgId, vimConnectionInfo, nsInstanceId, vnfInstanceId, instantiationState, instantiatedAppState, communicationInterface, links);
    }
  }
}
