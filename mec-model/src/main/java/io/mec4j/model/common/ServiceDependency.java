package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A MEC service that a MEC application requires or can use, with the version and transports it can consume.
 *
 * <p>Data type {@code ServiceDependency} of ETSI GS MEC 010-2, clause 6.2.1.17; used by MEC 011 {@code AppInfo}. If at
 * least one of the transport groups given in {@code serTransportDependencies} is supported by a service, the
 * application can consume it.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema ServiceDependency), ETSI GS MEC 010-2
 * (MEC010-2_AppPkgMgmt.yaml, schema ServiceDependency), ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema
 * ServiceDependency).
 *
 * @param serName name of the service, for example RNIS, LocationService or AMS
 * @param serCategory category of the service
 * @param version version of the service
 * @param serTransportDependencies transports and serialization formats with which the application can consume the
 *     service; REST over HTTP with JSON when absent
 * @param requestedPermissions permissions the application requests for accessing the service (see ETSI GS MEC 009,
 *     clause 7.2); their format is not specified
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "ServiceDependency")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "ServiceDependency")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "ServiceDependency")
public record ServiceDependency(
    @JsonProperty("serName") @NotNull String serName,
    @JsonProperty("serCategory") @Valid @Nullable CategoryRef serCategory,
    @JsonProperty("version") @NotNull String version,
    @JsonProperty("serTransportDependencies") @Nullable List<@Valid TransportDependency> serTransportDependencies,
    @JsonProperty("requestedPermissions") @Nullable List<Object> requestedPermissions) {

  /** Copies collections so the record stays immutable. */
  public ServiceDependency {
    serTransportDependencies = Copies.list(serTransportDependencies);
    requestedPermissions = Copies.list(requestedPermissions);
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
    private @Nullable List<Object> requestedPermissions;

    private Builder() {}

    private Builder(ServiceDependency source) {
      this.serName = source.serName;
      this.serCategory = source.serCategory;
      this.version = source.version;
      this.serTransportDependencies = Copies.mutable(source.serTransportDependencies);
      this.requestedPermissions = Copies.mutable(source.requestedPermissions);
    }

    /**
     * Sets {@code serName}: name of the service, for example RNIS, LocationService or AMS.
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
     * Sets {@code serTransportDependencies}: transports and serialization formats with which the application can
     * consume the service.
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
     * Sets {@code requestedPermissions}: permissions the application requests for accessing the service (see ETSI GS
     * MEC 009, clause 7.2); their format is not specified.
     *
     * @param requestedPermissions the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder requestedPermissions(@Nullable List<Object> requestedPermissions) {
      this.requestedPermissions = Copies.mutable(requestedPermissions);
      return this;
    }

    /**
     * Appends one entry to {@code requestedPermissions}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addRequestedPermission(Object element) {
      this.requestedPermissions = Copies.add(this.requestedPermissions, element);
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
