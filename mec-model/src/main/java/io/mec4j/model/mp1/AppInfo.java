package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.CategoryRef;
import io.mec4j.model.common.EndPointInfo;
import io.mec4j.model.common.FeatureDependency;
import io.mec4j.model.common.ServiceDependency;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A MEC application instance's registration with the MEC platform: who it is, where it can be reached and which
 * services and features it needs.
 *
 * <p>Data type {@code AppInfo} of ETSI GS MEC 011, clause 7.1.2.6, the body of a registration in the application
 * support API. When {@code appProfile} is present, {@code appProvider} and {@code endpoint} shall agree with the
 * provider and end point of that EAS profile.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema AppInfo).
 *
 * @param appName name of the application; consistent with {@code appName} in the application descriptor, if there is
 *     one
 * @param appProvider provider of the application; consistent with {@code appProvider} in the application descriptor, if
 *     there is one
 * @param appCategory category of the application
 * @param appDId identifier of the application descriptor, globally unique and managed by the application provider;
 *     present if the instance was instantiated by the MEC management
 * @param appInstanceId identifier of the application instance; present if the instance was instantiated by the MEC
 *     management
 * @param endpoint end point (URI, FQDN, IP address, ...) of the application server; present when {@code isInsByMec} is
 *     false
 * @param appServiceRequired services the application requires to run; not given when there is an application descriptor
 * @param appServiceOptional services the application uses if available; not given when there is an application
 *     descriptor
 * @param appFeatureRequired features the application requires to run; not given when there is an application descriptor
 * @param appFeatureOptional features the application uses if available; not given when there is an application
 *     descriptor
 * @param isInsByMec whether the instance was instantiated by the MEC management; false when absent
 * @param appProfile EAS profile of the application (ETSI TS 129 558); any JSON, its schema is out of scope (an object
 *     is read as an unmodifiable {@code Map})
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "AppInfo")
public record AppInfo(
    @JsonProperty("appName") @NotNull String appName,
    @JsonProperty("appProvider") @Nullable String appProvider,
    @JsonProperty("appCategory") @Valid @Nullable CategoryRef appCategory,
    @JsonProperty("appDId") @Nullable String appDId,
    @JsonProperty("appInstanceId") @Nullable String appInstanceId,
    @JsonProperty("endpoint") @Valid @Nullable EndPointInfo endpoint,
    @JsonProperty("appServiceRequired") @Nullable List<@Valid ServiceDependency> appServiceRequired,
    @JsonProperty("appServiceOptional") @Nullable List<@Valid ServiceDependency> appServiceOptional,
    @JsonProperty("appFeatureRequired") @Nullable List<@Valid FeatureDependency> appFeatureRequired,
    @JsonProperty("appFeatureOptional") @Nullable List<@Valid FeatureDependency> appFeatureOptional,
    @JsonProperty("isInsByMec") @Nullable Boolean isInsByMec,
    @JsonProperty("appProfile") @Nullable Object appProfile) {

  /** Copies collections so the record stays immutable. */
  public AppInfo {
    appServiceRequired = Copies.list(appServiceRequired);
    appServiceOptional = Copies.list(appServiceOptional);
    appFeatureRequired = Copies.list(appFeatureRequired);
    appFeatureOptional = Copies.list(appFeatureOptional);
    appProfile = appProfile instanceof Map<?, ?> map ? Copies.map(map) : appProfile;
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

  /** Builds {@link AppInfo} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String appName;
    private @Nullable String appProvider;
    private @Nullable CategoryRef appCategory;
    private @Nullable String appDId;
    private @Nullable String appInstanceId;
    private @Nullable EndPointInfo endpoint;
    private @Nullable List<ServiceDependency> appServiceRequired;
    private @Nullable List<ServiceDependency> appServiceOptional;
    private @Nullable List<FeatureDependency> appFeatureRequired;
    private @Nullable List<FeatureDependency> appFeatureOptional;
    private @Nullable Boolean isInsByMec;
    private @Nullable Object appProfile;

    private Builder() {}

    private Builder(AppInfo source) {
      this.appName = source.appName;
      this.appProvider = source.appProvider;
      this.appCategory = source.appCategory;
      this.appDId = source.appDId;
      this.appInstanceId = source.appInstanceId;
      this.endpoint = source.endpoint;
      this.appServiceRequired = Copies.mutable(source.appServiceRequired);
      this.appServiceOptional = Copies.mutable(source.appServiceOptional);
      this.appFeatureRequired = Copies.mutable(source.appFeatureRequired);
      this.appFeatureOptional = Copies.mutable(source.appFeatureOptional);
      this.isInsByMec = source.isInsByMec;
      this.appProfile = source.appProfile;
    }

    /**
     * Sets {@code appName}: name of the application.
     *
     * @param appName the value
     * @return this builder
     */
    public Builder appName(@Nullable String appName) {
      this.appName = appName;
      return this;
    }

    /**
     * Sets {@code appProvider}: provider of the application.
     *
     * @param appProvider the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appProvider(@Nullable String appProvider) {
      this.appProvider = appProvider;
      return this;
    }

    /**
     * Sets {@code appCategory}: category of the application.
     *
     * @param appCategory the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appCategory(@Nullable CategoryRef appCategory) {
      this.appCategory = appCategory;
      return this;
    }

    /**
     * Sets {@code appDId}: identifier of the application descriptor.
     *
     * @param appDId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appDId(@Nullable String appDId) {
      this.appDId = appDId;
      return this;
    }

    /**
     * Sets {@code appInstanceId}: identifier of the application instance.
     *
     * @param appInstanceId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appInstanceId(@Nullable String appInstanceId) {
      this.appInstanceId = appInstanceId;
      return this;
    }

    /**
     * Sets {@code endpoint}: end point of the application server.
     *
     * @param endpoint the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder endpoint(@Nullable EndPointInfo endpoint) {
      this.endpoint = endpoint;
      return this;
    }

    /**
     * Sets {@code appServiceRequired}: services the application requires to run.
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
     * Sets {@code appServiceOptional}: services the application uses if available.
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
     * Sets {@code appFeatureRequired}: features the application requires to run.
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
     * Sets {@code appFeatureOptional}: features the application uses if available.
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
     * Sets {@code isInsByMec}: whether the instance was instantiated by the MEC management; false when absent.
     *
     * @param isInsByMec the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder isInsByMec(@Nullable Boolean isInsByMec) {
      this.isInsByMec = isInsByMec;
      return this;
    }

    /**
     * Sets {@code appProfile}: EAS profile of the application (ETSI TS 129 558).
     *
     * @param appProfile the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appProfile(@Nullable Object appProfile) {
      this.appProfile = appProfile;
      return this;
    }

    /**
     * Builds the {@link AppInfo}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppInfo build() {
      return new AppInfo(appName, appProvider, appCategory, appDId, appInstanceId, endpoint, appServiceRequired, appServiceOptional, appFeatureRequired, appFeatureOptional, isInsByMec, appProfile);
    }
  }
}
