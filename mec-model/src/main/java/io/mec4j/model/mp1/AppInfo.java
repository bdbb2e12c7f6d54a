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
import org.jspecify.annotations.Nullable;

/**
 * The {@code AppInfo} data type of ETSI GS MEC 011 (clause 7.1.2.6).
 * <p>  NOTE 1: If appProfile is present, appProvider shall be consistent with provId provided in EAS profile data type, i.e. the same.
 * NOTE 2: If appProfile is present, endpoint shall refer to the same end point as endPt provided in EAS profile data type.
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema AppInfo).
 *
 * @param appName Name of the application. It shall be consistent with the appName in the AppD, if an AppD is available. (required)
 * @param appProvider Provider of the application. It shall be consistent with the appProvider in the AppD, if an AppD is available. See note 1.
 * @param appCategory Category of the application.
 * @param appDId The application descriptor identifier. It is managed by the application provider to identify the application descriptor in a globally unique way. Shall be present if the application instance is instantiated by the MEC Management.
 * @param appInstanceId Identifier of the application instance. Shall be present if the application instance is instantiated by the MEC Management.
 * @param endpoint Endpoint information (e.g. URI, FQDN, IP address) of the application server, which is part of the application functionalities. Shall be present when isInsByMec is FALSE. See note 2.
 * @param appServiceRequired Describes services a MEC application requires to run. ServiceDependency is defined in ETSI GS MEC 0102 [4]. It shall not be provided if an AppD is available.
 * @param appServiceOptional Describes services a MEC application may use if available. ServiceDependency is defined in ETSI GS MEC 010-2 [4]. It shall not be provided if an AppD is available.
 * @param appFeatureRequired Describes features a MEC application requires to run. FeatureDependency is defined in ETSI GS MEC 0102 [4]. It shall not be provided if an AppD is available.
 * @param appFeatureOptional Describes features a MEC application may use if available. FeatureDependency is defined in ETSI GS MEC 010-2 [4]. It shall not be provided if an AppD is available.
 * @param isInsByMec Indicate whether the application instance is instantiated by the MEC Management. Default to FALSE if absent.
 * @param appProfile Can be mapped to EAS profile as defined in ETSI TS 129 558 [19]. More information can be found in the informative Annex C. See note 1 and note 2.
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
     * Sets {@code appName}: Name of the application.
     *
     * @param appName the value
     * @return this builder
     */
    public Builder appName(@Nullable String appName) {
      this.appName = appName;
      return this;
    }

    /**
     * Sets {@code appProvider}: Provider of the application.
     *
     * @param appProvider the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appProvider(@Nullable String appProvider) {
      this.appProvider = appProvider;
      return this;
    }

    /**
     * Sets {@code appCategory}: Category of the application.
     *
     * @param appCategory the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appCategory(@Nullable CategoryRef appCategory) {
      this.appCategory = appCategory;
      return this;
    }

    /**
     * Sets {@code appDId}: The application descriptor identifier.
     *
     * @param appDId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appDId(@Nullable String appDId) {
      this.appDId = appDId;
      return this;
    }

    /**
     * Sets {@code appInstanceId}: Identifier of the application instance.
     *
     * @param appInstanceId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appInstanceId(@Nullable String appInstanceId) {
      this.appInstanceId = appInstanceId;
      return this;
    }

    /**
     * Sets {@code endpoint}: Endpoint information (e.g.
     *
     * @param endpoint the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder endpoint(@Nullable EndPointInfo endpoint) {
      this.endpoint = endpoint;
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
     * Sets {@code isInsByMec}: Indicate whether the application instance is instantiated by the MEC Management.
     *
     * @param isInsByMec the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder isInsByMec(@Nullable Boolean isInsByMec) {
      this.isInsByMec = isInsByMec;
      return this;
    }

    /**
     * Sets {@code appProfile}: Can be mapped to EAS profile as defined in ETSI TS 129 558 [19].
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
