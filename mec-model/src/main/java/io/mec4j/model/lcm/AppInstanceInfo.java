package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.CommunicationInterface;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An application instance resource: the application it was created from, whether it is instantiated and, once it is,
 * its operational state and location.
 *
 * <p>{@code vimConnectionInfo} is not used by the MEAO nor on Mm3*; {@code nsInstanceId} and {@code vnfInstanceId}
 * are used by the MEAO, when the application runs as a VNF (MEC in NFV).
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.4 (MEC010-2_AppLcm.yaml, schema AppInstanceInfo).
 *
 * @param id Identifier of this application instance.
 * @param appInstanceName Name of the application instance.
 * @param appInstanceDescription Human-readable description of the application instance.
 * @param appDId Identifier of the application descriptor (AppD), globally unique, copied from the AppD of the
 *     onboarded package.
 * @param appProvider Provider of the onboarded application package.
 * @param appName Name of the onboarded application.
 * @param appSoftVersion Software version of the application.
 * @param appDVersion Version of the application descriptor.
 * @param appPkgId Identifier of the onboarded application package.
 * @param vimConnectionInfo Connections to the VIMs that manage the resources of the instance, keyed by VIM connection
 *     identifier (the {@code vimConnectionId} of other structures); the keys are managed by the MEO.
 * @param nsInstanceId Identifier of the NS instance, created by the NFVO, in which the application is instantiated as
 *     a VNF instance.
 * @param vnfInstanceId Identifier of the VNF instance, created by the VNFM, that the application is instantiated as.
 * @param instantiationState Whether the application instance is instantiated.
 * @param instantiatedAppState State of the instantiated application; present when {@code instantiationState} is
 *     INSTANTIATED.
 * @param communicationInterface Interface for communication with other application instances (ETSI GS MEC 021 clause
 *     7.5.2).
 * @param links Links to this resource and to the LCM tasks its state allows.
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
    @JsonProperty("vimConnectionInfo") @Nullable Map<String, @Valid VimConnectionInfo> vimConnectionInfo,
    @JsonProperty("nsInstanceId") @Nullable String nsInstanceId,
    @JsonProperty("vnfInstanceId") @Nullable String vnfInstanceId,
    @JsonProperty("instantiationState") @NotNull InstantiationState instantiationState,
    @JsonProperty("instantiatedAppState") @Valid @Nullable InstantiatedAppState instantiatedAppState,
    @JsonProperty("communicationInterface") @Valid @Nullable CommunicationInterface communicationInterface,
    @JsonProperty("_links") @NotNull @Valid AppInstanceInfoLinks links) {

  /** Copies collections so the record stays immutable. */
  public AppInstanceInfo {
    vimConnectionInfo = Copies.map(vimConnectionInfo);
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
    private @Nullable Map<String, VimConnectionInfo> vimConnectionInfo;
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
     * Sets {@code id}: Identifier of this application instance.
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
     * Sets {@code appInstanceDescription}: Human-readable description of the application instance.
     *
     * @param appInstanceDescription the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appInstanceDescription(@Nullable String appInstanceDescription) {
      this.appInstanceDescription = appInstanceDescription;
      return this;
    }

    /**
     * Sets {@code appDId}: Identifier of the application descriptor (AppD), globally unique, copied from the AppD of
     * the onboarded package.
     *
     * @param appDId the value
     * @return this builder
     */
    public Builder appDId(@Nullable String appDId) {
      this.appDId = appDId;
      return this;
    }

    /**
     * Sets {@code appProvider}: Provider of the onboarded application package.
     *
     * @param appProvider the value
     * @return this builder
     */
    public Builder appProvider(@Nullable String appProvider) {
      this.appProvider = appProvider;
      return this;
    }

    /**
     * Sets {@code appName}: Name of the onboarded application.
     *
     * @param appName the value
     * @return this builder
     */
    public Builder appName(@Nullable String appName) {
      this.appName = appName;
      return this;
    }

    /**
     * Sets {@code appSoftVersion}: Software version of the application.
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
     * Sets {@code vimConnectionInfo}: Connections to the VIMs that manage the resources of the instance, keyed by VIM
     * connection identifier (the {@code vimConnectionId} of other structures).
     *
     * @param vimConnectionInfo the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vimConnectionInfo(@Nullable Map<String, VimConnectionInfo> vimConnectionInfo) {
      this.vimConnectionInfo = Copies.mutable(vimConnectionInfo);
      return this;
    }

    /**
     * Puts one entry into {@code vimConnectionInfo}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putVimConnectionInfo(String key, VimConnectionInfo value) {
      this.vimConnectionInfo = Copies.put(this.vimConnectionInfo, key, value);
      return this;
    }

    /**
     * Sets {@code nsInstanceId}: Identifier of the NS instance, created by the NFVO, in which the application is
     * instantiated as a VNF instance.
     *
     * @param nsInstanceId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder nsInstanceId(@Nullable String nsInstanceId) {
      this.nsInstanceId = nsInstanceId;
      return this;
    }

    /**
     * Sets {@code vnfInstanceId}: Identifier of the VNF instance, created by the VNFM, that the application is
     * instantiated as.
     *
     * @param vnfInstanceId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vnfInstanceId(@Nullable String vnfInstanceId) {
      this.vnfInstanceId = vnfInstanceId;
      return this;
    }

    /**
     * Sets {@code instantiationState}: Whether the application instance is instantiated.
     *
     * @param instantiationState the value
     * @return this builder
     */
    public Builder instantiationState(@Nullable InstantiationState instantiationState) {
      this.instantiationState = instantiationState;
      return this;
    }

    /**
     * Sets {@code instantiatedAppState}: State of the instantiated application.
     *
     * @param instantiatedAppState the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder instantiatedAppState(@Nullable InstantiatedAppState instantiatedAppState) {
      this.instantiatedAppState = instantiatedAppState;
      return this;
    }

    /**
     * Sets {@code communicationInterface}: Interface for communication with other application instances (ETSI GS MEC
     * 021 clause 7.5.2).
     *
     * @param communicationInterface the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder communicationInterface(@Nullable CommunicationInterface communicationInterface) {
      this.communicationInterface = communicationInterface;
      return this;
    }

    /**
     * Sets {@code _links}: Links to this resource and to the LCM tasks its state allows.
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
