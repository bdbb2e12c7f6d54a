package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.FeatureDependency;
import io.mec4j.model.common.ServiceDependency;
import io.mec4j.model.common.TransportDependency;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request to configure the MEC platform for an application instance with what the instance needs from it: services,
 * features, transports, traffic and DNS rules, latency and network policy.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.21 (MEC010-2_AppLcm.yaml, schema ConfigPlatformForAppRequest).
 *
 * @param appServiceRequired Services the application requires to run.
 * @param appServiceOptional Services the application may use if available.
 * @param appServiceProduced Services the application can produce to the platform or other applications; for
 *     service-producing applications only.
 * @param appFeatureRequired Platform features the application requires to run.
 * @param appFeatureOptional Platform features the application may use if available.
 * @param transportDependencies Transports the platform must provide for the application to deliver its services; for
 *     service-producing applications only.
 * @param appTrafficRule Traffic rules the application requires.
 * @param appDNSRule DNS rules the application requires.
 * @param appLatency Maximum latency the application tolerates.
 * @param userContextTransferCapability User context transfer capability of the application; present if it supports
 *     user context transfer.
 * @param appNetworkPolicy Network the application prefers to carry its traffic.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "ConfigPlatformForAppRequest")
public record ConfigPlatformForAppRequest(
    @JsonProperty("appServiceRequired") @Nullable List<@Valid ServiceDependency> appServiceRequired,
    @JsonProperty("appServiceOptional") @Nullable List<@Valid ServiceDependency> appServiceOptional,
    @JsonProperty("appServiceProduced") @Nullable List<@Valid ServiceDescriptor> appServiceProduced,
    @JsonProperty("appFeatureRequired") @Nullable List<@Valid FeatureDependency> appFeatureRequired,
    @JsonProperty("appFeatureOptional") @Nullable List<@Valid FeatureDependency> appFeatureOptional,
    @JsonProperty("transportDependencies") @Nullable List<@Valid TransportDependency> transportDependencies,
    @JsonProperty("appTrafficRule") @Nullable List<@Valid TrafficRuleDescriptor> appTrafficRule,
    @JsonProperty("appDNSRule") @Nullable List<@Valid DNSRuleDescriptor> appDNSRule,
    @JsonProperty("appLatency") @Valid @Nullable LatencyDescriptor appLatency,
    @JsonProperty("userContextTransferCapability") @Valid @Nullable UserContextTransferCapability userContextTransferCapability,
    @JsonProperty("appNetworkPolicy") @Valid @Nullable AppNetworkPolicy appNetworkPolicy) {

  /** Copies collections so the record stays immutable. */
  public ConfigPlatformForAppRequest {
    appServiceRequired = Copies.list(appServiceRequired);
    appServiceOptional = Copies.list(appServiceOptional);
    appServiceProduced = Copies.list(appServiceProduced);
    appFeatureRequired = Copies.list(appFeatureRequired);
    appFeatureOptional = Copies.list(appFeatureOptional);
    transportDependencies = Copies.list(transportDependencies);
    appTrafficRule = Copies.list(appTrafficRule);
    appDNSRule = Copies.list(appDNSRule);
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

  /** Builds {@link ConfigPlatformForAppRequest} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable List<ServiceDependency> appServiceRequired;
    private @Nullable List<ServiceDependency> appServiceOptional;
    private @Nullable List<ServiceDescriptor> appServiceProduced;
    private @Nullable List<FeatureDependency> appFeatureRequired;
    private @Nullable List<FeatureDependency> appFeatureOptional;
    private @Nullable List<TransportDependency> transportDependencies;
    private @Nullable List<TrafficRuleDescriptor> appTrafficRule;
    private @Nullable List<DNSRuleDescriptor> appDNSRule;
    private @Nullable LatencyDescriptor appLatency;
    private @Nullable UserContextTransferCapability userContextTransferCapability;
    private @Nullable AppNetworkPolicy appNetworkPolicy;

    private Builder() {}

    private Builder(ConfigPlatformForAppRequest source) {
      this.appServiceRequired = Copies.mutable(source.appServiceRequired);
      this.appServiceOptional = Copies.mutable(source.appServiceOptional);
      this.appServiceProduced = Copies.mutable(source.appServiceProduced);
      this.appFeatureRequired = Copies.mutable(source.appFeatureRequired);
      this.appFeatureOptional = Copies.mutable(source.appFeatureOptional);
      this.transportDependencies = Copies.mutable(source.transportDependencies);
      this.appTrafficRule = Copies.mutable(source.appTrafficRule);
      this.appDNSRule = Copies.mutable(source.appDNSRule);
      this.appLatency = source.appLatency;
      this.userContextTransferCapability = source.userContextTransferCapability;
      this.appNetworkPolicy = source.appNetworkPolicy;
    }

    /**
     * Sets {@code appServiceRequired}: Services the application requires to run.
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
     * Sets {@code appServiceOptional}: Services the application may use if available.
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
     * Sets {@code appServiceProduced}: Services the application can produce to the platform or other applications.
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
     * Sets {@code appFeatureRequired}: Platform features the application requires to run.
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
     * Sets {@code appFeatureOptional}: Platform features the application may use if available.
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
     * Sets {@code transportDependencies}: Transports the platform must provide for the application to deliver its
     * services.
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
     * Sets {@code appTrafficRule}: Traffic rules the application requires.
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
     * Sets {@code appDNSRule}: DNS rules the application requires.
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
     * Sets {@code appLatency}: Maximum latency the application tolerates.
     *
     * @param appLatency the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appLatency(@Nullable LatencyDescriptor appLatency) {
      this.appLatency = appLatency;
      return this;
    }

    /**
     * Sets {@code userContextTransferCapability}: User context transfer capability of the application.
     *
     * @param userContextTransferCapability the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder userContextTransferCapability(@Nullable UserContextTransferCapability userContextTransferCapability) {
      this.userContextTransferCapability = userContextTransferCapability;
      return this;
    }

    /**
     * Sets {@code appNetworkPolicy}: Network the application prefers to carry its traffic.
     *
     * @param appNetworkPolicy the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appNetworkPolicy(@Nullable AppNetworkPolicy appNetworkPolicy) {
      this.appNetworkPolicy = appNetworkPolicy;
      return this;
    }

    /**
     * Builds the {@link ConfigPlatformForAppRequest}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public ConfigPlatformForAppRequest build() {
      return new ConfigPlatformForAppRequest(appServiceRequired, appServiceOptional, appServiceProduced, appFeatureRequired, appFeatureOptional, transportDependencies, appTrafficRule, appDNSRule, appLatency, userContextTransferCapability, appNetworkPolicy);
    }
  }
}
