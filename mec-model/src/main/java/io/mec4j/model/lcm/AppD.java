package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.FeatureDependency;
import io.mec4j.model.common.ServiceDependency;
import io.mec4j.model.common.TransportDependency;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The application descriptor (AppD): what a MEC application is, what it needs to run and what it offers; the part of an
 * application package the MEC orchestrator onboards and places from.
 *
 * <p>It gives the virtualised resources (one VM through {@code virtualComputeDescriptor}, or OS containers through
 * {@code osContainerDescriptor}), the software image, the external interfaces, the MEC services and platform features
 * the application requires or may use, the services it produces, the traffic and DNS rules the MEC platform is to apply
 * for it, and the latency it tolerates.
 *
 * <p>The spec's notes add constraints that bean validation does not check: exactly one of
 * {@code virtualComputeDescriptor} and {@code osContainerDescriptor} is present; with {@code virtualComputeDescriptor}
 * there is exactly one {@code swImageDescriptor} and neither {@code logicalNode} nor
 * {@code requestAdditionalCapabilities}; {@code mciopId}, {@code mcioIdentificationData}, {@code logicalNode},
 * {@code requestAdditionalCapabilities} and {@code mcioConstraintParams} describe applications realised by OS
 * containers, and {@code mcioIdentificationData} is then present.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.1.2.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppD).
 *
 * @param appDId globally unique identifier of this AppD; it also identifies the application package that contains it
 * @param appName name identifying the MEC application
 * @param appProvider provider of the application and of the AppD
 * @param appSoftVersion version of the application software
 * @param appDVersion version of this descriptor
 * @param mecVersion the MEC system versions the application is compatible with: a comma-separated list of {@code x.y.z}
 *     versions of ETSI GS MEC 010-2, e.g. {@code "2.2.1,3.1.1"}
 * @param appInfoName human-readable name of the application
 * @param appDescription human-readable description of the application
 * @param virtualComputeDescriptor CPU, memory, disk and acceleration requirements of the single VM that realises the
 *     application; absent when {@code osContainerDescriptor} is present
 * @param osContainerDescriptor the OS containers, sharing one host and network namespace, that realise the application,
 *     with their resource requests, limits and software images; absent when {@code virtualComputeDescriptor} is present
 * @param swImageDescriptor the software images of the virtualisation container; exactly one for an application realised
 *     by a VM
 * @param virtualStorageDescriptor virtual storage resources the application uses
 * @param appExtCpd the external interfaces the application exposes, to other MEC applications, MEC services, UEs, the
 *     MEC platform or OSS; at least one
 * @param appServiceRequired MEC services the application needs in order to run
 * @param appServiceOptional MEC services the application uses if they are available
 * @param appServiceProduced services the application produces for the platform or other applications (service-producing
 *     applications only)
 * @param appFeatureRequired MEC platform features the application needs in order to run
 * @param appFeatureOptional MEC platform features the application uses if they are available
 * @param transportDependencies transport bindings the platform is to provide for the services the application produces;
 *     at least one of them must be supported (service-producing applications only)
 * @param appTrafficRule traffic rules the MEC platform is to apply for the application
 * @param appDNSRule DNS rules the MEC platform is to apply for the application
 * @param appLatency the maximum latency the application tolerates
 * @param terminateAppInstanceOpConfig parameters of the terminate operation, such as graceful termination timeouts
 * @param changeAppInstanceStateOpConfig parameters of the operation that changes the operational state of an instance,
 *     such as graceful stop timeouts
 * @param userContextTransferCapability whether the application is stateful and supports user context transfer; present
 *     if it supports it
 * @param appNetworkPolicy the types of network the application prefers to carry its traffic
 * @param mciopId identifier of the MCIOP (managed container infrastructure object package) in the application package
 *     (OS-container applications only)
 * @param mcioIdentificationData name and type of the MCIO that realises the application, letting the VNFM find it in
 *     the CISM; present for OS-container applications, absent otherwise
 * @param logicalNode logical node requirements, e.g. NUMA (OS-container applications only)
 * @param requestAdditionalCapabilities additional capabilities required, e.g. acceleration (OS-container applications
 *     only)
 * @param mcioConstraintParams names of the constraint parameters expected on the MCIOs realising the application, each
 *     one of {@code localAffinityCisNode}, {@code nodeAdditionalCapabilitySsd}, {@code nodeAdditionalCapabilityDpdk},
 *     {@code nodeAdditionalCapabilitySriov}, {@code nodeAdditionalCapabilityGpu}, {@code nodeAdditionalCapabilityFpga},
 *     {@code nodeAdditionalCapabilityCpuPin}, {@code nodeCapabilityLogicalNuma} and {@code nodePool} (ETSI GS NFV-IFA
 *     011, table 7.1.6.2.2-1; OS-container applications only)
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AppD")
public record AppD(
    @JsonProperty("appDId") @NotNull String appDId,
    @JsonProperty("appName") @NotNull String appName,
    @JsonProperty("appProvider") @NotNull String appProvider,
    @JsonProperty("appSoftVersion") @NotNull String appSoftVersion,
    @JsonProperty("appDVersion") @NotNull String appDVersion,
    @JsonProperty("mecVersion") @NotNull String mecVersion,
    @JsonProperty("appInfoName") @Nullable String appInfoName,
    @JsonProperty("appDescription") @NotNull String appDescription,
    @JsonProperty("virtualComputeDescriptor") @Valid @Nullable VirtualComputeDescriptor virtualComputeDescriptor,
    @JsonProperty("osContainerDescriptor") @Nullable List<@Valid OsContainerDescriptor> osContainerDescriptor,
    @JsonProperty("swImageDescriptor") @NotNull @Size(min = 1) List<@Valid SwImageDescriptor> swImageDescriptor,
    @JsonProperty("virtualStorageDescriptor") @Nullable List<@Valid VirtualStorageDescriptor> virtualStorageDescriptor,
    @JsonProperty("appExtCpd") @NotNull @Size(min = 1) List<@Valid AppExternalCpd> appExtCpd,
    @JsonProperty("appServiceRequired") @Nullable List<@Valid ServiceDependency> appServiceRequired,
    @JsonProperty("appServiceOptional") @Nullable List<@Valid ServiceDependency> appServiceOptional,
    @JsonProperty("appServiceProduced") @Nullable List<@Valid ServiceDescriptor> appServiceProduced,
    @JsonProperty("appFeatureRequired") @Nullable List<@Valid FeatureDependency> appFeatureRequired,
    @JsonProperty("appFeatureOptional") @Nullable List<@Valid FeatureDependency> appFeatureOptional,
    @JsonProperty("transportDependencies") @Nullable List<@Valid TransportDependency> transportDependencies,
    @JsonProperty("appTrafficRule") @Nullable List<@Valid TrafficRuleDescriptor> appTrafficRule,
    @JsonProperty("appDNSRule") @Nullable List<@Valid DNSRuleDescriptor> appDNSRule,
    @JsonProperty("appLatency") @Valid @Nullable LatencyDescriptor appLatency,
    @JsonProperty("terminateAppInstanceOpConfig") @Valid @Nullable TerminateAppInstanceOpConfig terminateAppInstanceOpConfig,
    @JsonProperty("changeAppInstanceStateOpConfig") @Valid @Nullable ChangeAppInstanceStateOpConfig changeAppInstanceStateOpConfig,
    @JsonProperty("userContextTransferCapability") @Valid @Nullable UserContextTransferCapability userContextTransferCapability,
    @JsonProperty("appNetworkPolicy") @Valid @Nullable AppNetworkPolicy appNetworkPolicy,
    @JsonProperty("mciopId") @Nullable String mciopId,
    @JsonProperty("mcioIdentificationData") @Valid @Nullable McioIdentificationData mcioIdentificationData,
    @JsonProperty("logicalNode") @Nullable List<@Valid LogicalNodeRequirements> logicalNode,
    @JsonProperty("requestAdditionalCapabilities") @Nullable List<@Valid RequestedAdditionalCapabilityData> requestAdditionalCapabilities,
    @JsonProperty("mcioConstraintParams") @Nullable List<String> mcioConstraintParams) {

  /** Copies collections so the record stays immutable. */
  public AppD {
    osContainerDescriptor = Copies.list(osContainerDescriptor);
    swImageDescriptor = Copies.list(swImageDescriptor);
    virtualStorageDescriptor = Copies.list(virtualStorageDescriptor);
    appExtCpd = Copies.list(appExtCpd);
    appServiceRequired = Copies.list(appServiceRequired);
    appServiceOptional = Copies.list(appServiceOptional);
    appServiceProduced = Copies.list(appServiceProduced);
    appFeatureRequired = Copies.list(appFeatureRequired);
    appFeatureOptional = Copies.list(appFeatureOptional);
    transportDependencies = Copies.list(transportDependencies);
    appTrafficRule = Copies.list(appTrafficRule);
    appDNSRule = Copies.list(appDNSRule);
    logicalNode = Copies.list(logicalNode);
    requestAdditionalCapabilities = Copies.list(requestAdditionalCapabilities);
    mcioConstraintParams = Copies.list(mcioConstraintParams);
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

  /** Builds {@link AppD} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String appDId;
    private @Nullable String appName;
    private @Nullable String appProvider;
    private @Nullable String appSoftVersion;
    private @Nullable String appDVersion;
    private @Nullable String mecVersion;
    private @Nullable String appInfoName;
    private @Nullable String appDescription;
    private @Nullable VirtualComputeDescriptor virtualComputeDescriptor;
    private @Nullable List<OsContainerDescriptor> osContainerDescriptor;
    private @Nullable List<SwImageDescriptor> swImageDescriptor;
    private @Nullable List<VirtualStorageDescriptor> virtualStorageDescriptor;
    private @Nullable List<AppExternalCpd> appExtCpd;
    private @Nullable List<ServiceDependency> appServiceRequired;
    private @Nullable List<ServiceDependency> appServiceOptional;
    private @Nullable List<ServiceDescriptor> appServiceProduced;
    private @Nullable List<FeatureDependency> appFeatureRequired;
    private @Nullable List<FeatureDependency> appFeatureOptional;
    private @Nullable List<TransportDependency> transportDependencies;
    private @Nullable List<TrafficRuleDescriptor> appTrafficRule;
    private @Nullable List<DNSRuleDescriptor> appDNSRule;
    private @Nullable LatencyDescriptor appLatency;
    private @Nullable TerminateAppInstanceOpConfig terminateAppInstanceOpConfig;
    private @Nullable ChangeAppInstanceStateOpConfig changeAppInstanceStateOpConfig;
    private @Nullable UserContextTransferCapability userContextTransferCapability;
    private @Nullable AppNetworkPolicy appNetworkPolicy;
    private @Nullable String mciopId;
    private @Nullable McioIdentificationData mcioIdentificationData;
    private @Nullable List<LogicalNodeRequirements> logicalNode;
    private @Nullable List<RequestedAdditionalCapabilityData> requestAdditionalCapabilities;
    private @Nullable List<String> mcioConstraintParams;

    private Builder() {}

    private Builder(AppD source) {
      this.appDId = source.appDId;
      this.appName = source.appName;
      this.appProvider = source.appProvider;
      this.appSoftVersion = source.appSoftVersion;
      this.appDVersion = source.appDVersion;
      this.mecVersion = source.mecVersion;
      this.appInfoName = source.appInfoName;
      this.appDescription = source.appDescription;
      this.virtualComputeDescriptor = source.virtualComputeDescriptor;
      this.osContainerDescriptor = Copies.mutable(source.osContainerDescriptor);
      this.swImageDescriptor = Copies.mutable(source.swImageDescriptor);
      this.virtualStorageDescriptor = Copies.mutable(source.virtualStorageDescriptor);
      this.appExtCpd = Copies.mutable(source.appExtCpd);
      this.appServiceRequired = Copies.mutable(source.appServiceRequired);
      this.appServiceOptional = Copies.mutable(source.appServiceOptional);
      this.appServiceProduced = Copies.mutable(source.appServiceProduced);
      this.appFeatureRequired = Copies.mutable(source.appFeatureRequired);
      this.appFeatureOptional = Copies.mutable(source.appFeatureOptional);
      this.transportDependencies = Copies.mutable(source.transportDependencies);
      this.appTrafficRule = Copies.mutable(source.appTrafficRule);
      this.appDNSRule = Copies.mutable(source.appDNSRule);
      this.appLatency = source.appLatency;
      this.terminateAppInstanceOpConfig = source.terminateAppInstanceOpConfig;
      this.changeAppInstanceStateOpConfig = source.changeAppInstanceStateOpConfig;
      this.userContextTransferCapability = source.userContextTransferCapability;
      this.appNetworkPolicy = source.appNetworkPolicy;
      this.mciopId = source.mciopId;
      this.mcioIdentificationData = source.mcioIdentificationData;
      this.logicalNode = Copies.mutable(source.logicalNode);
      this.requestAdditionalCapabilities = Copies.mutable(source.requestAdditionalCapabilities);
      this.mcioConstraintParams = Copies.mutable(source.mcioConstraintParams);
    }

    /**
     * Sets {@code appDId}: Globally unique identifier of this AppD; it also identifies the application package that
     * contains it.
     *
     * @param appDId the value
     * @return this builder
     */
    public Builder appDId(@Nullable String appDId) {
      this.appDId = appDId;
      return this;
    }

    /**
     * Sets {@code appName}: Name identifying the MEC application.
     *
     * @param appName the value
     * @return this builder
     */
    public Builder appName(@Nullable String appName) {
      this.appName = appName;
      return this;
    }

    /**
     * Sets {@code appProvider}: Provider of the application and of the AppD.
     *
     * @param appProvider the value
     * @return this builder
     */
    public Builder appProvider(@Nullable String appProvider) {
      this.appProvider = appProvider;
      return this;
    }

    /**
     * Sets {@code appSoftVersion}: Version of the application software.
     *
     * @param appSoftVersion the value
     * @return this builder
     */
    public Builder appSoftVersion(@Nullable String appSoftVersion) {
      this.appSoftVersion = appSoftVersion;
      return this;
    }

    /**
     * Sets {@code appDVersion}: Version of this descriptor.
     *
     * @param appDVersion the value
     * @return this builder
     */
    public Builder appDVersion(@Nullable String appDVersion) {
      this.appDVersion = appDVersion;
      return this;
    }

    /**
     * Sets {@code mecVersion}: The MEC system versions the application is compatible with: a comma-separated list of
     * {@code x.y.z} versions of ETSI GS MEC 010-2, e.g. {@code "2.2.1,3.1.1"}.
     *
     * @param mecVersion the value
     * @return this builder
     */
    public Builder mecVersion(@Nullable String mecVersion) {
      this.mecVersion = mecVersion;
      return this;
    }

    /**
     * Sets {@code appInfoName}: Human-readable name of the application.
     *
     * @param appInfoName the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appInfoName(@Nullable String appInfoName) {
      this.appInfoName = appInfoName;
      return this;
    }

    /**
     * Sets {@code appDescription}: Human-readable description of the application.
     *
     * @param appDescription the value
     * @return this builder
     */
    public Builder appDescription(@Nullable String appDescription) {
      this.appDescription = appDescription;
      return this;
    }

    /**
     * Sets {@code virtualComputeDescriptor}: CPU, memory, disk and acceleration requirements of the single VM that
     * realises the application; absent when {@code osContainerDescriptor} is present.
     *
     * @param virtualComputeDescriptor the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder virtualComputeDescriptor(@Nullable VirtualComputeDescriptor virtualComputeDescriptor) {
      this.virtualComputeDescriptor = virtualComputeDescriptor;
      return this;
    }

    /**
     * Sets {@code osContainerDescriptor}: The OS containers, sharing one host and network namespace, that realise the
     * application, with their resource requests, limits and software images; absent when
     * {@code virtualComputeDescriptor} is present.
     *
     * @param osContainerDescriptor the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder osContainerDescriptor(@Nullable List<OsContainerDescriptor> osContainerDescriptor) {
      this.osContainerDescriptor = Copies.mutable(osContainerDescriptor);
      return this;
    }

    /**
     * Appends one entry to {@code osContainerDescriptor}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addOsContainerDescriptor(OsContainerDescriptor element) {
      this.osContainerDescriptor = Copies.add(this.osContainerDescriptor, element);
      return this;
    }

    /**
     * Sets {@code swImageDescriptor}: The software images of the virtualisation container; exactly one for an
     * application realised by a VM.
     *
     * @param swImageDescriptor the value
     * @return this builder
     */
    public Builder swImageDescriptor(@Nullable List<SwImageDescriptor> swImageDescriptor) {
      this.swImageDescriptor = Copies.mutable(swImageDescriptor);
      return this;
    }

    /**
     * Appends one entry to {@code swImageDescriptor}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addSwImageDescriptor(SwImageDescriptor element) {
      this.swImageDescriptor = Copies.add(this.swImageDescriptor, element);
      return this;
    }

    /**
     * Sets {@code virtualStorageDescriptor}: Virtual storage resources the application uses.
     *
     * @param virtualStorageDescriptor the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder virtualStorageDescriptor(@Nullable List<VirtualStorageDescriptor> virtualStorageDescriptor) {
      this.virtualStorageDescriptor = Copies.mutable(virtualStorageDescriptor);
      return this;
    }

    /**
     * Appends one entry to {@code virtualStorageDescriptor}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addVirtualStorageDescriptor(VirtualStorageDescriptor element) {
      this.virtualStorageDescriptor = Copies.add(this.virtualStorageDescriptor, element);
      return this;
    }

    /**
     * Sets {@code appExtCpd}: The external interfaces the application exposes, to other MEC applications, MEC services,
     * UEs, the MEC platform or OSS; at least one.
     *
     * @param appExtCpd the value
     * @return this builder
     */
    public Builder appExtCpd(@Nullable List<AppExternalCpd> appExtCpd) {
      this.appExtCpd = Copies.mutable(appExtCpd);
      return this;
    }

    /**
     * Appends one entry to {@code appExtCpd}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addAppExtCpd(AppExternalCpd element) {
      this.appExtCpd = Copies.add(this.appExtCpd, element);
      return this;
    }

    /**
     * Sets {@code appServiceRequired}: MEC services the application needs in order to run.
     *
     * @param appServiceRequired the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appServiceRequired(@Nullable List<ServiceDependency> appServiceRequired) {
      this.appServiceRequired = Copies.mutable(appServiceRequired);
      return this;
    }

    /**
     * Appends one entry to {@code appServiceRequired}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addAppServiceRequired(ServiceDependency element) {
      this.appServiceRequired = Copies.add(this.appServiceRequired, element);
      return this;
    }

    /**
     * Sets {@code appServiceOptional}: MEC services the application uses if they are available.
     *
     * @param appServiceOptional the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appServiceOptional(@Nullable List<ServiceDependency> appServiceOptional) {
      this.appServiceOptional = Copies.mutable(appServiceOptional);
      return this;
    }

    /**
     * Appends one entry to {@code appServiceOptional}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addAppServiceOptional(ServiceDependency element) {
      this.appServiceOptional = Copies.add(this.appServiceOptional, element);
      return this;
    }

    /**
     * Sets {@code appServiceProduced}: Services the application produces for the platform or other applications
     * (service-producing applications only).
     *
     * @param appServiceProduced the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appServiceProduced(@Nullable List<ServiceDescriptor> appServiceProduced) {
      this.appServiceProduced = Copies.mutable(appServiceProduced);
      return this;
    }

    /**
     * Appends one entry to {@code appServiceProduced}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addAppServiceProduced(ServiceDescriptor element) {
      this.appServiceProduced = Copies.add(this.appServiceProduced, element);
      return this;
    }

    /**
     * Sets {@code appFeatureRequired}: MEC platform features the application needs in order to run.
     *
     * @param appFeatureRequired the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appFeatureRequired(@Nullable List<FeatureDependency> appFeatureRequired) {
      this.appFeatureRequired = Copies.mutable(appFeatureRequired);
      return this;
    }

    /**
     * Appends one entry to {@code appFeatureRequired}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addAppFeatureRequired(FeatureDependency element) {
      this.appFeatureRequired = Copies.add(this.appFeatureRequired, element);
      return this;
    }

    /**
     * Sets {@code appFeatureOptional}: MEC platform features the application uses if they are available.
     *
     * @param appFeatureOptional the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appFeatureOptional(@Nullable List<FeatureDependency> appFeatureOptional) {
      this.appFeatureOptional = Copies.mutable(appFeatureOptional);
      return this;
    }

    /**
     * Appends one entry to {@code appFeatureOptional}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addAppFeatureOptional(FeatureDependency element) {
      this.appFeatureOptional = Copies.add(this.appFeatureOptional, element);
      return this;
    }

    /**
     * Sets {@code transportDependencies}: Transport bindings the platform is to provide for the services the
     * application produces; at least one of them must be supported (service-producing applications only).
     *
     * @param transportDependencies the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder transportDependencies(@Nullable List<TransportDependency> transportDependencies) {
      this.transportDependencies = Copies.mutable(transportDependencies);
      return this;
    }

    /**
     * Appends one entry to {@code transportDependencies}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addTransportDependency(TransportDependency element) {
      this.transportDependencies = Copies.add(this.transportDependencies, element);
      return this;
    }

    /**
     * Sets {@code appTrafficRule}: Traffic rules the MEC platform is to apply for the application.
     *
     * @param appTrafficRule the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appTrafficRule(@Nullable List<TrafficRuleDescriptor> appTrafficRule) {
      this.appTrafficRule = Copies.mutable(appTrafficRule);
      return this;
    }

    /**
     * Appends one entry to {@code appTrafficRule}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addAppTrafficRule(TrafficRuleDescriptor element) {
      this.appTrafficRule = Copies.add(this.appTrafficRule, element);
      return this;
    }

    /**
     * Sets {@code appDNSRule}: DNS rules the MEC platform is to apply for the application.
     *
     * @param appDNSRule the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appDNSRule(@Nullable List<DNSRuleDescriptor> appDNSRule) {
      this.appDNSRule = Copies.mutable(appDNSRule);
      return this;
    }

    /**
     * Appends one entry to {@code appDNSRule}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addAppDNSRule(DNSRuleDescriptor element) {
      this.appDNSRule = Copies.add(this.appDNSRule, element);
      return this;
    }

    /**
     * Sets {@code appLatency}: The maximum latency the application tolerates.
     *
     * @param appLatency the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appLatency(@Nullable LatencyDescriptor appLatency) {
      this.appLatency = appLatency;
      return this;
    }

    /**
     * Sets {@code terminateAppInstanceOpConfig}: Parameters of the terminate operation, such as graceful termination
     * timeouts.
     *
     * @param terminateAppInstanceOpConfig the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder terminateAppInstanceOpConfig(@Nullable TerminateAppInstanceOpConfig terminateAppInstanceOpConfig) {
      this.terminateAppInstanceOpConfig = terminateAppInstanceOpConfig;
      return this;
    }

    /**
     * Sets {@code changeAppInstanceStateOpConfig}: Parameters of the operation that changes the operational state of an
     * instance, such as graceful stop timeouts.
     *
     * @param changeAppInstanceStateOpConfig the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder changeAppInstanceStateOpConfig(@Nullable ChangeAppInstanceStateOpConfig changeAppInstanceStateOpConfig) {
      this.changeAppInstanceStateOpConfig = changeAppInstanceStateOpConfig;
      return this;
    }

    /**
     * Sets {@code userContextTransferCapability}: Whether the application is stateful and supports user context
     * transfer; present if it supports it.
     *
     * @param userContextTransferCapability the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder userContextTransferCapability(@Nullable UserContextTransferCapability userContextTransferCapability) {
      this.userContextTransferCapability = userContextTransferCapability;
      return this;
    }

    /**
     * Sets {@code appNetworkPolicy}: The types of network the application prefers to carry its traffic.
     *
     * @param appNetworkPolicy the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appNetworkPolicy(@Nullable AppNetworkPolicy appNetworkPolicy) {
      this.appNetworkPolicy = appNetworkPolicy;
      return this;
    }

    /**
     * Sets {@code mciopId}: Identifier of the MCIOP (managed container infrastructure object package) in the
     * application package (OS-container applications only).
     *
     * @param mciopId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder mciopId(@Nullable String mciopId) {
      this.mciopId = mciopId;
      return this;
    }

    /**
     * Sets {@code mcioIdentificationData}: Name and type of the MCIO that realises the application, letting the VNFM
     * find it in the CISM; present for OS-container applications, absent otherwise.
     *
     * @param mcioIdentificationData the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder mcioIdentificationData(@Nullable McioIdentificationData mcioIdentificationData) {
      this.mcioIdentificationData = mcioIdentificationData;
      return this;
    }

    /**
     * Sets {@code logicalNode}: Logical node requirements, e.g. NUMA (OS-container applications only).
     *
     * @param logicalNode the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder logicalNode(@Nullable List<LogicalNodeRequirements> logicalNode) {
      this.logicalNode = Copies.mutable(logicalNode);
      return this;
    }

    /**
     * Appends one entry to {@code logicalNode}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addLogicalNode(LogicalNodeRequirements element) {
      this.logicalNode = Copies.add(this.logicalNode, element);
      return this;
    }

    /**
     * Sets {@code requestAdditionalCapabilities}: Additional capabilities required, e.g. acceleration (OS-container
     * applications only).
     *
     * @param requestAdditionalCapabilities the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder requestAdditionalCapabilities(@Nullable List<RequestedAdditionalCapabilityData> requestAdditionalCapabilities) {
      this.requestAdditionalCapabilities = Copies.mutable(requestAdditionalCapabilities);
      return this;
    }

    /**
     * Appends one entry to {@code requestAdditionalCapabilities}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addRequestAdditionalCapability(RequestedAdditionalCapabilityData element) {
      this.requestAdditionalCapabilities = Copies.add(this.requestAdditionalCapabilities, element);
      return this;
    }

    /**
     * Sets {@code mcioConstraintParams}: Names of the constraint parameters expected on the MCIOs realising the
     * application, each one of {@code localAffinityCisNode}, {@code nodeAdditionalCapabilitySsd},
     * {@code nodeAdditionalCapabilityDpdk}, {@code nodeAdditionalCapabilitySriov}, {@code nodeAdditionalCapabilityGpu},
     * {@code nodeAdditionalCapabilityFpga}, {@code nodeAdditionalCapabilityCpuPin}, {@code nodeCapabilityLogicalNuma}
     * and {@code nodePool} (ETSI GS NFV-IFA 011, table 7.1.6.2.2-1; OS-container applications only).
     *
     * @param mcioConstraintParams the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder mcioConstraintParams(@Nullable List<String> mcioConstraintParams) {
      this.mcioConstraintParams = Copies.mutable(mcioConstraintParams);
      return this;
    }

    /**
     * Appends one entry to {@code mcioConstraintParams}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addMcioConstraintParam(String element) {
      this.mcioConstraintParams = Copies.add(this.mcioConstraintParams, element);
      return this;
    }

    /**
     * Builds the {@link AppD}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppD build() {
      return new AppD(appDId, appName, appProvider, appSoftVersion, appDVersion, mecVersion, appInfoName, appDescription, virtualComputeDescriptor, osContainerDescriptor, swImageDescriptor, virtualStorageDescriptor, appExtCpd, appServiceRequired, appServiceOptional, appServiceProduced, appFeatureRequired, appFeatureOptional, transportDependencies, appTrafficRule, appDNSRule, appLatency, terminateAppInstanceOpConfig, changeAppInstanceStateOpConfig, userContextTransferCapability, appNetworkPolicy, mciopId, mcioIdentificationData, logicalNode, requestAdditionalCapabilities, mcioConstraintParams);
    }
  }
}
