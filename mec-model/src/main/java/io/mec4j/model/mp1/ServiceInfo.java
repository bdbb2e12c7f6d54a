package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.CategoryRef;
import io.mec4j.model.common.SerializerType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A MEC service instance registered with the MEC platform.
 *
 * <p>Data type {@code ServiceInfo} of ETSI GS MEC 011, clause 8.1.2.2, the body of service registration and discovery.
 * The MEC platform assigns {@code serInstanceId} and {@code _links}: they are in responses but absent in POST requests,
 * so validation does not require them although the file marks {@code _links} as required. A POST request gives either
 * {@code transportId} or {@code transportInfo}, not both.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema ServiceInfo).
 *
 * @param serInstanceId identifier of the service instance, assigned by the MEC platform (a UUID is recommended); absent
 *     in POST requests, present otherwise
 * @param serName name of the service, with which the producing application identifies the service instance
 * @param serCategory category of the service
 * @param version version of the service
 * @param state state of the service instance
 * @param transportId identifier of a platform-provided transport to use (see the transport information query); only in
 *     POST requests
 * @param transportInfo transport of the service; present in responses, and in a POST request that brings an
 *     application-provided transport
 * @param serializer serialization format of the service
 * @param scopeOfLocality scope within which the service counts as local; {@link LocalityType#MEC_HOST} when absent
 * @param consumedLocalOnly whether only MEC applications in the same locality may consume the service; true when absent
 * @param isLocal whether the service is in the same locality as the consuming MEC application; true when absent, only
 *     used in service availability queries and notifications
 * @param livenessInterval interval, in seconds, between two heartbeat messages: proposed by the application in the
 *     registration (0 to let the platform choose) and returned by the platform if it requires heartbeats
 * @param links links to the service resource and its liveness resource; assigned by the MEC platform, so only in
 *     responses and absent in requests
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "ServiceInfo")
public record ServiceInfo(
    @JsonProperty("serInstanceId") @Nullable String serInstanceId,
    @JsonProperty("serName") @NotNull String serName,
    @JsonProperty("serCategory") @Valid @Nullable CategoryRef serCategory,
    @JsonProperty("version") @NotNull String version,
    @JsonProperty("state") @NotNull ServiceState state,
    @JsonProperty("transportId") @Nullable String transportId,
    @JsonProperty("transportInfo") @Valid @Nullable TransportInfo transportInfo,
    @JsonProperty("serializer") @NotNull SerializerType serializer,
    @JsonProperty("scopeOfLocality") @Nullable LocalityType scopeOfLocality,
    @JsonProperty("consumedLocalOnly") @Nullable Boolean consumedLocalOnly,
    @JsonProperty("isLocal") @Nullable Boolean isLocal,
    @JsonProperty("livenessInterval") @Nullable Integer livenessInterval,
    @JsonProperty("_links") @Valid @Nullable ServiceInfoLinks links) {

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

  /** Builds {@link ServiceInfo} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String serInstanceId;
    private @Nullable String serName;
    private @Nullable CategoryRef serCategory;
    private @Nullable String version;
    private @Nullable ServiceState state;
    private @Nullable String transportId;
    private @Nullable TransportInfo transportInfo;
    private @Nullable SerializerType serializer;
    private @Nullable LocalityType scopeOfLocality;
    private @Nullable Boolean consumedLocalOnly;
    private @Nullable Boolean isLocal;
    private @Nullable Integer livenessInterval;
    private @Nullable ServiceInfoLinks links;

    private Builder() {}

    private Builder(ServiceInfo source) {
      this.serInstanceId = source.serInstanceId;
      this.serName = source.serName;
      this.serCategory = source.serCategory;
      this.version = source.version;
      this.state = source.state;
      this.transportId = source.transportId;
      this.transportInfo = source.transportInfo;
      this.serializer = source.serializer;
      this.scopeOfLocality = source.scopeOfLocality;
      this.consumedLocalOnly = source.consumedLocalOnly;
      this.isLocal = source.isLocal;
      this.livenessInterval = source.livenessInterval;
      this.links = source.links;
    }

    /**
     * Sets {@code serInstanceId}: identifier of the service instance.
     *
     * @param serInstanceId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder serInstanceId(@Nullable String serInstanceId) {
      this.serInstanceId = serInstanceId;
      return this;
    }

    /**
     * Sets {@code serName}: name of the service.
     *
     * @param serName the value
     * @return this builder
     */
    public Builder serName(@Nullable String serName) {
      this.serName = serName;
      return this;
    }

    /**
     * Sets {@code serCategory}: category of the service.
     *
     * @param serCategory the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder serCategory(@Nullable CategoryRef serCategory) {
      this.serCategory = serCategory;
      return this;
    }

    /**
     * Sets {@code version}: version of the service.
     *
     * @param version the value
     * @return this builder
     */
    public Builder version(@Nullable String version) {
      this.version = version;
      return this;
    }

    /**
     * Sets {@code state}: state of the service instance.
     *
     * @param state the value
     * @return this builder
     */
    public Builder state(@Nullable ServiceState state) {
      this.state = state;
      return this;
    }

    /**
     * Sets {@code transportId}: identifier of a platform-provided transport to use.
     *
     * @param transportId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder transportId(@Nullable String transportId) {
      this.transportId = transportId;
      return this;
    }

    /**
     * Sets {@code transportInfo}: transport of the service.
     *
     * @param transportInfo the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder transportInfo(@Nullable TransportInfo transportInfo) {
      this.transportInfo = transportInfo;
      return this;
    }

    /**
     * Sets {@code serializer}: serialization format of the service.
     *
     * @param serializer the value
     * @return this builder
     */
    public Builder serializer(@Nullable SerializerType serializer) {
      this.serializer = serializer;
      return this;
    }

    /**
     * Sets {@code scopeOfLocality}: scope within which the service counts as local.
     *
     * @param scopeOfLocality the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder scopeOfLocality(@Nullable LocalityType scopeOfLocality) {
      this.scopeOfLocality = scopeOfLocality;
      return this;
    }

    /**
     * Sets {@code consumedLocalOnly}: whether only MEC applications in the same locality may consume the service.
     *
     * @param consumedLocalOnly the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder consumedLocalOnly(@Nullable Boolean consumedLocalOnly) {
      this.consumedLocalOnly = consumedLocalOnly;
      return this;
    }

    /**
     * Sets {@code isLocal}: whether the service is in the same locality as the consuming MEC application.
     *
     * @param isLocal the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder isLocal(@Nullable Boolean isLocal) {
      this.isLocal = isLocal;
      return this;
    }

    /**
     * Sets {@code livenessInterval}: interval, in seconds, between two heartbeat messages.
     *
     * @param livenessInterval the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder livenessInterval(@Nullable Integer livenessInterval) {
      this.livenessInterval = livenessInterval;
      return this;
    }

    /**
     * Sets {@code links}: links to the service resource and its liveness resource; only in responses.
     *
     * @param links the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder links(@Nullable ServiceInfoLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Builds the {@link ServiceInfo}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public ServiceInfo build() {
      return new ServiceInfo(serInstanceId, serName, serCategory, version, state, transportId, transportInfo, serializer, scopeOfLocality, consumedLocalOnly, isLocal, livenessInterval, links);
    }
  }
}
