package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.CategoryRef;
import io.mec4j.model.common.SerializerType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ServiceInfo} data type of ETSI GS MEC 011 (clause 8.1.2.2).
 * <p>  NOTE 1: The service category may be included in the application descriptor. It may be allocated by the operator or by the application developer.
 * NOTE 2: Either transportId or transportInfo but not both shall be present in POST requests.
 * NOTE 3: Values NFVI_POP, ZONE and NFVI_NODE are used when the service instance is deployed as a VNF.
 * NOTE 4: The isLocal is used only in service availability query response and service availability subscription/notification messages.
 * NOTE 5: Value ZONE_GROUP can be used when the service instance is deployed as a VNF.
 * NOTE 6: Regarding the value MEC_SYSTEM, if the service is running on the same MEC system as the MEC app, then it will be local to it.
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema ServiceInfo).
 *
 * @param serInstanceId Identifier of the service instance assigned by the MEPM/MEC platform. For the uniqueness of the identifier across the MEC system, UUID format [i.7] is recommended.Shall be absent in POST requests, and present otherwise
 * @param serName The name of the service. This is how the service producing MEC application identifies the service instance it produces. (required)
 * @param serCategory the serCategory attribute
 * @param version the version attribute (required)
 * @param state Enumeration representing possible states of a MEC service instance. (required)
 * @param transportId Identifier of the platform-provided transport to be used by the service. Valid identifiers may be obtained using the "Transport information query" procedure. May be present in POST requests to signal the use of a platform-provided transport for the service, and shall be absent otherwise. See note 2.
 * @param transportInfo Information regarding the transport used by the service. May be present in POST requests to signal the use of an application-provided transport for the service, and shall be present otherwise. See note 2.
 * @param serializer Indicate the supported serialization format of the service. (required)
 * @param scopeOfLocality The scope of locality as expressed by "consumedLocalOnly" and "isLocal". If absent, defaults to MEC_HOST. See notes 3, 5 and 6.
 * @param consumedLocalOnly Indicate whether the service can only be consumed by the MEC applications located in the same locality (as defined by scopeOfLocality) as this service instance (TRUE) or not (FALSE). Default to TRUE if absent.
 * @param isLocal Indicate whether the service is located in the same locality (as defined by scopeOfLocality) as the consuming MEC application (TRUE) or not (FALSE). Default to TRUE if absent. See note 4.
 * @param livenessInterval Interval (in seconds) between two consecutive "heartbeat" messages (see clause 8.2.10.3.3). If the service-producing application supports sending "heartbeat" messages, it shall include this attribute in the registration request. In this case, the application shall either set the value of this attribute to zero or shall use this attribute to propose a non-zero positive value for the liveness interval. If the application has provided this attribute in the request and the MEC platform requires "heartbeat" messages, the MEC platform shall return this attribute value in the HTTP responses. The MEC platform may use the value proposed in the request or may choose a different value. If the MEC platform does not require "heartbeat" messages for this service instance it shall omit the attribute in responses.
 * @param links Links to resources related to this resource. Shall be absent in HTTP requests. (required)
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
     * Sets {@code serInstanceId}: Identifier of the service instance assigned by the MEPM/MEC platform.
     *
     * @param serInstanceId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder serInstanceId(@Nullable String serInstanceId) {
      this.serInstanceId = serInstanceId;
      return this;
    }

    /**
     * Sets {@code serName}: The name of the service.
     *
     * @param serName the value
     * @return this builder
     */
    public Builder serName(@Nullable String serName) {
      this.serName = serName;
      return this;
    }

    /**
     * Sets {@code serCategory}: The serCategory attribute.
     *
     * @param serCategory the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder serCategory(@Nullable CategoryRef serCategory) {
      this.serCategory = serCategory;
      return this;
    }

    /**
     * Sets {@code version}: The version attribute.
     *
     * @param version the value
     * @return this builder
     */
    public Builder version(@Nullable String version) {
      this.version = version;
      return this;
    }

    /**
     * Sets {@code state}: Enumeration representing possible states of a MEC service instance.
     *
     * @param state the value
     * @return this builder
     */
    public Builder state(@Nullable ServiceState state) {
      this.state = state;
      return this;
    }

    /**
     * Sets {@code transportId}: Identifier of the platform-provided transport to be used by the service.
     *
     * @param transportId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder transportId(@Nullable String transportId) {
      this.transportId = transportId;
      return this;
    }

    /**
     * Sets {@code transportInfo}: Information regarding the transport used by the service.
     *
     * @param transportInfo the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder transportInfo(@Nullable TransportInfo transportInfo) {
      this.transportInfo = transportInfo;
      return this;
    }

    /**
     * Sets {@code serializer}: Indicate the supported serialization format of the service.
     *
     * @param serializer the value
     * @return this builder
     */
    public Builder serializer(@Nullable SerializerType serializer) {
      this.serializer = serializer;
      return this;
    }

    /**
     * Sets {@code scopeOfLocality}: The scope of locality as expressed by "consumedLocalOnly" and "isLocal".
     *
     * @param scopeOfLocality the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder scopeOfLocality(@Nullable LocalityType scopeOfLocality) {
      this.scopeOfLocality = scopeOfLocality;
      return this;
    }

    /**
     * Sets {@code consumedLocalOnly}: Indicate whether the service can only be consumed by the MEC applications located in the same locality (as defined by scopeOfLocality) as this service instance (TRUE) or not (FALSE).
     *
     * @param consumedLocalOnly the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder consumedLocalOnly(@Nullable Boolean consumedLocalOnly) {
      this.consumedLocalOnly = consumedLocalOnly;
      return this;
    }

    /**
     * Sets {@code isLocal}: Indicate whether the service is located in the same locality (as defined by scopeOfLocality) as the consuming MEC application (TRUE) or not (FALSE).
     *
     * @param isLocal the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder isLocal(@Nullable Boolean isLocal) {
      this.isLocal = isLocal;
      return this;
    }

    /**
     * Sets {@code livenessInterval}: Interval (in seconds) between two consecutive "heartbeat" messages (see clause 8.2.10.3.3).
     *
     * @param livenessInterval the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder livenessInterval(@Nullable Integer livenessInterval) {
      this.livenessInterval = livenessInterval;
      return this;
    }

    /**
     * Sets {@code _links}: Links to resources related to this resource.
     *
     * @param links the value
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
