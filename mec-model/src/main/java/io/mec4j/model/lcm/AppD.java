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
 * The {@code AppD} data type of ETSI GS MEC 010-2 (clause 6.2.1.2).
 * <p>  NOTE 1: The appDId shall be used as the unique identifier of the application package that contains this AppD.
 * NOTE 2: This attribute indicates groups of transport bindings which a service-producing MEC application requires to be supported by the platform in order to be able to produce its services. At least one of the indicated groups needs to be supported to fulfil the requirements.
 * NOTE 3: The support of application descriptor containing descriptions of multiple virtualisation containers and/or application software images is out of scope of the present document.
 * NOTE 4: External interfaces are used to connect to e.g. other MEC applications, MEC services, UEs and also MEC platform and OSS.
 * NOTE 5: Only one of virtualComputeDescriptor or osContainerDescriptor shall be present. If virtualComputeDescriptor presents, only a single swImageDescriptor shall be provided.
 * NOTE 6: If the AppD includes virtualComputeDesc, then logicalNode and requestedAdditionalCapabilites shall not be present.
 * NOTE 7: This attribute reflects the ETSI NFV interpretation of the cloud native workloads.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppD).
 *
 * @param appDId Identifier of this MEC application descriptor. This attribute shall be globally unique. See note 1. (required)
 * @param appName Name to identify the MEC application. (required)
 * @param appProvider Provider of the application and of the AppD. (required)
 * @param appSoftVersion Identifies the version of software of the MEC application. (required)
 * @param appDVersion Identifies the version of the application descriptor. (required)
 * @param mecVersion Identifies version(s) of MEC system compatible with the MEC application described in this version of the AppD. The value shall be formatted as comma-separated list of strings. Each entry shall have the format &lt;x&gt;.&lt;y&gt;.&lt;z&gt; where &lt;x&gt;, &lt;y&gt; and &lt;z&gt; are decimal numbers representing the version of the present document. Whitespace between list entries shall be trimmed before validation. (required)
 * @param appInfoName Human readable name for the MEC application.
 * @param appDescription Human readable description of the MEC application. (required)
 * @param virtualComputeDescriptor Describes CPU and memory requirements, as well as optional additional requirements, such as disk and acceleration related capabilities, of the single VM used to realize this MEC application. See note 5.
 * @param osContainerDescriptor Describes CPU, memory requirements and limits, and software images of the OS Containers realizing this MEC application corresponding to OS Containers sharing the same host and same network namespace. See notes 5 and 7.
 * @param swImageDescriptor Describes the descriptors of the software image to be used by the virtualisation container used to realize this MEC application. See note 5. (required)
 * @param virtualStorageDescriptor Defines descriptors of virtual storage resources to be used by the MEC application.
 * @param appExtCpd Describes external interface(s) exposed by this MEC application. See note 4. (required)
 * @param appServiceRequired Describes services a MEC application requires to run.
 * @param appServiceOptional Describes services a MEC application may use if available.
 * @param appServiceProduced Describes services a MEC application is able to produce to the platform or other MEC applications. Only relevant for service-producing apps.
 * @param appFeatureRequired Describes features a MEC application requires to run.
 * @param appFeatureOptional Describes features a MEC application may use if available.
 * @param transportDependencies Transports, if any, that this application requires to be provided by the platform. These transports will be used by the application to deliver services provided by this application. Only relevant for service-producing apps. See note 2.
 * @param appTrafficRule Describes traffic rules the MEC application requires.
 * @param appDNSRule Describes DNS rules the MEC application requires.
 * @param appLatency Describes the maximum latency tolerated by the MEC application.
 * @param terminateAppInstanceOpConfig Configuration parameters for the Terminate application instance operation.
 * @param changeAppInstanceStateOpConfig Configuration parameters for the change application instance state operation.
 * @param userContextTransferCapability If the application supports the user context transfer capability, this attribute shall be included.
 * @param appNetworkPolicy If present, it represents the application network policy of carrying the application traffic.
 * @param mciopId Identifies the MCIOP in the application package, used in containerized workload management, when the application is realized by a set of OS containers. See note 7.
 * @param mcioIdentificationData Name and type of the Managed Container Infrastructure Object (MCIO) that realizes this application. It allows the VNFM to identify the MCIO e.g. when querying the Container Infrastructure Service Management (CISM). See note 7. It shall be present when the application is realized by one or a set of OS containers and shall be absent otherwise.
 * @param logicalNode The logical node requirements. See notes 6 and 7.
 * @param requestAdditionalCapabilities Specifies requirements for additional capabilities. These can be for a range of purposes. One example is acceleration related capabilities. See notes 6 and 7.
 * @param mcioConstraintParams The parameter names for constraints expected to be assigned to MCIOs realizing this application. The value specifies the standardized semantical context of the MCIO constraints and the parameter names for the MCIO constraints in the MCIO declarative descriptor. The mcioConstraintParams attribute shall have one of the following values, expressing the associated semantical context. VALUES: localAffinityCisNode nodeAdditionalCapabilitySsd nodeAdditionalCapabilityDpdk nodeAdditionalCapabilitySriov nodeAdditionalCapabilityGpu nodeAdditionalCapabilityFpga nodeAdditionalCapabilityCpuPin nodeCapabilityLogicalNuma nodePool For the associated semantical context of the values, refer to the description under the table 7.1.6.2.2-1 of ETSI GS NFV IFA 011 [1]. See note 7.
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
     * Sets {@code appDId}: Identifier of this MEC application descriptor.
     *
     * @param appDId the value
     * @return this builder
     */
    public Builder appDId(@Nullable String appDId) {
      this.appDId = appDId;
      return this;
    }

    /**
     * Sets {@code appName}: Name to identify the MEC application.
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
     * Sets {@code appSoftVersion}: Identifies the version of software of the MEC application.
     *
     * @param appSoftVersion the value
     * @return this builder
     */
    public Builder appSoftVersion(@Nullable String appSoftVersion) {
      this.appSoftVersion = appSoftVersion;
      return this;
    }

    /**
     * Sets {@code appDVersion}: Identifies the version of the application descriptor.
     *
     * @param appDVersion the value
     * @return this builder
     */
    public Builder appDVersion(@Nullable String appDVersion) {
      this.appDVersion = appDVersion;
      return this;
    }

    /**
     * Sets {@code mecVersion}: Identifies version(s) of MEC system compatible with the MEC application described in this version of the AppD.
     *
     * @param mecVersion the value
     * @return this builder
     */
    public Builder mecVersion(@Nullable String mecVersion) {
      this.mecVersion = mecVersion;
      return this;
    }

    /**
     * Sets {@code appInfoName}: Human readable name for the MEC application.
     *
     * @param appInfoName the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appInfoName(@Nullable String appInfoName) {
      this.appInfoName = appInfoName;
      return this;
    }

    /**
     * Sets {@code appDescription}: Human readable description of the MEC application.
     *
     * @param appDescription the value
     * @return this builder
     */
    public Builder appDescription(@Nullable String appDescription) {
      this.appDescription = appDescription;
      return this;
    }

    /**
     * Sets {@code virtualComputeDescriptor}: Describes CPU and memory requirements, as well as optional additional requirements, such as disk and acceleration related capabilities, of the single VM used to realize this MEC application.
     *
     * @param virtualComputeDescriptor the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder virtualComputeDescriptor(@Nullable VirtualComputeDescriptor virtualComputeDescriptor) {
      this.virtualComputeDescriptor = virtualComputeDescriptor;
      return this;
    }

    /**
     * Sets {@code osContainerDescriptor}: Describes CPU, memory requirements and limits, and software images of the OS Containers realizing this MEC application corresponding to OS Containers sharing the same host and same network namespace.
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
     * Sets {@code swImageDescriptor}: Describes the descriptors of the software image to be used by the virtualisation container used to realize this MEC application.
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
     * Sets {@code virtualStorageDescriptor}: Defines descriptors of virtual storage resources to be used by the MEC application.
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
     * Sets {@code appExtCpd}: Describes external interface(s) exposed by this MEC application.
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
     * Sets {@code appServiceRequired}: Describes services a MEC application requires to run.
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
     * Sets {@code appServiceOptional}: Describes services a MEC application may use if available.
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
     * Sets {@code appServiceProduced}: Describes services a MEC application is able to produce to the platform or other MEC applications.
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
     * Sets {@code appFeatureRequired}: Describes features a MEC application requires to run.
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
     * Sets {@code appFeatureOptional}: Describes features a MEC application may use if available.
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
     * Sets {@code transportDependencies}: Transports, if any, that this application requires to be provided by the platform.
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
     * Sets {@code appTrafficRule}: Describes traffic rules the MEC application requires.
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
     * Sets {@code appDNSRule}: Describes DNS rules the MEC application requires.
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
     * Sets {@code appLatency}: Describes the maximum latency tolerated by the MEC application.
     *
     * @param appLatency the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appLatency(@Nullable LatencyDescriptor appLatency) {
      this.appLatency = appLatency;
      return this;
    }

    /**
     * Sets {@code terminateAppInstanceOpConfig}: Configuration parameters for the Terminate application instance operation.
     *
     * @param terminateAppInstanceOpConfig the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder terminateAppInstanceOpConfig(@Nullable TerminateAppInstanceOpConfig terminateAppInstanceOpConfig) {
      this.terminateAppInstanceOpConfig = terminateAppInstanceOpConfig;
      return this;
    }

    /**
     * Sets {@code changeAppInstanceStateOpConfig}: Configuration parameters for the change application instance state operation.
     *
     * @param changeAppInstanceStateOpConfig the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder changeAppInstanceStateOpConfig(@Nullable ChangeAppInstanceStateOpConfig changeAppInstanceStateOpConfig) {
      this.changeAppInstanceStateOpConfig = changeAppInstanceStateOpConfig;
      return this;
    }

    /**
     * Sets {@code userContextTransferCapability}: If the application supports the user context transfer capability, this attribute shall be included.
     *
     * @param userContextTransferCapability the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder userContextTransferCapability(@Nullable UserContextTransferCapability userContextTransferCapability) {
      this.userContextTransferCapability = userContextTransferCapability;
      return this;
    }

    /**
     * Sets {@code appNetworkPolicy}: If present, it represents the application network policy of carrying the application traffic.
     *
     * @param appNetworkPolicy the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appNetworkPolicy(@Nullable AppNetworkPolicy appNetworkPolicy) {
      this.appNetworkPolicy = appNetworkPolicy;
      return this;
    }

    /**
     * Sets {@code mciopId}: Identifies the MCIOP in the application package, used in containerized workload management, when the application is realized by a set of OS containers.
     *
     * @param mciopId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder mciopId(@Nullable String mciopId) {
      this.mciopId = mciopId;
      return this;
    }

    /**
     * Sets {@code mcioIdentificationData}: Name and type of the Managed Container Infrastructure Object (MCIO) that realizes this application.
     *
     * @param mcioIdentificationData the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder mcioIdentificationData(@Nullable McioIdentificationData mcioIdentificationData) {
      this.mcioIdentificationData = mcioIdentificationData;
      return this;
    }

    /**
     * Sets {@code logicalNode}: The logical node requirements.
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
     * Sets {@code requestAdditionalCapabilities}: Specifies requirements for additional capabilities.
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
     * Sets {@code mcioConstraintParams}: The parameter names for constraints expected to be assigned to MCIOs realizing this application.
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
