package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ServiceDependency} data type of ETSI GS MEC 011 (clause 6.2.1.17).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema ServiceDependency), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema ServiceDependency), ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema ServiceDependency).
 *
 * @param serName The name of the service, for example, RNIS, LocationService, AMS, etc. (required)
 * @param serCategory the serCategory attribute
 * @param version The version of the service. (required)
 * @param serTransportDependencies Indicates transport and serialization format dependencies of consuming the service. Defaults to REST + JSON if absent. See note.
 * @param requestedPermissions Requested permissions regarding the access of the application to the service. See clause 7.2 of ETSI GS MEC 009 [4]. The format of this attribute is left for the data model design stage.
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "ServiceDependency")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "ServiceDependency")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "ServiceDependency")
public record ServiceDependency(
    @JsonProperty("serName") @NotNull String serName,
    @JsonProperty("serCategory") @Valid @Nullable CategoryRef serCategory,
    @JsonProperty("version") @NotNull String version,
    @JsonProperty("serTransportDependencies") @Nullable List<@Valid TransportDependency> serTransportDependencies,
    @JsonProperty("requestedPermissions") @Nullable Map<String, Object> requestedPermissions) {

  /** Copies collections so the record stays immutable. */
  public ServiceDependency {
    serTransportDependencies = Copies.list(serTransportDependencies);
    requestedPermissions = Copies.map(requestedPermissions);
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

  /** Builds {@link ServiceDependency} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String serName;
    private @Nullable CategoryRef serCategory;
    private @Nullable String version;
    private @Nullable List<TransportDependency> serTransportDependencies;
    private @Nullable Map<String, Object> requestedPermissions;

    private Builder() {}

    private Builder(ServiceDependency source) {
      this.serName = source.serName;
      this.serCategory = source.serCategory;
      this.version = source.version;
      this.serTransportDependencies = Copies.mutable(source.serTransportDependencies);
      this.requestedPermissions = Copies.mutable(source.requestedPermissions);
    }

    /**
     * Sets {@code serName}: The name of the service, for example, RNIS, LocationService, AMS, etc.
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
     * Sets {@code version}: The version of the service.
     *
     * @param version the value
     * @return this builder
     */
    public Builder version(@Nullable String version) {
      this.version = version;
      return this;
    }

    /**
     * Sets {@code serTransportDependencies}: Indicates transport and serialization format dependencies of consuming the service.
     *
     * @param serTransportDependencies the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder serTransportDependencies(@Nullable List<TransportDependency> serTransportDependencies) {
      this.serTransportDependencies = Copies.mutable(serTransportDependencies);
      return this;
    }

    /**
     * Appends one entry to {@code serTransportDependencies}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addSerTransportDependency(TransportDependency element) {
      this.serTransportDependencies = Copies.add(this.serTransportDependencies, element);
      return this;
    }

    /**
     * Sets {@code requestedPermissions}: Requested permissions regarding the access of the application to the service.
     *
     * @param requestedPermissions the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder requestedPermissions(@Nullable Map<String, Object> requestedPermissions) {
      this.requestedPermissions = Copies.mutable(requestedPermissions);
      return this;
    }

    /**
     * Puts one entry into {@code requestedPermissions}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putRequestedPermission(String key, Object value) {
      this.requestedPermissions = Copies.put(this.requestedPermissions, key, value);
      return this;
    }

    /**
     * Builds the {@link ServiceDependency}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public ServiceDependency build() {
      return new ServiceDependency(serName, serCategory, version, serTransportDependencies, requestedPermissions);
    }
  }
}
