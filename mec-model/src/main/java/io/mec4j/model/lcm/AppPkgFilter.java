package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * The {@code AppPkgFilter} data type of ETSI GS MEC 010-2 (clause 6.2.3.10).
 * <p>  NOTE: The attributes "appPkgInfoId ", and "appDId" are alternatives to reference particular application package in a filter. They should not be used both in the same filter instance, but one alternative should be chosen.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppPkgFilter).
 *
 * @param appPkgInfoId Match the application package identifier which is allocated by the MEO. See note.
 * @param appDId Match the application descriptor identifier which is allocated by the application provider. See note.
 * @param appProvider Match the provider's name of the onboarded application.
 * @param appName Match the name of the onboarded application.
 * @param appSoftwareVersion Match the software version of the application package.
 * @param appDVersion Match the version of the application descriptor.
 * @param operationalState Match particular operational state of the application package: ENABLED: the application package can be used for instantiation of new application instances. DISABLED: the application package cannot be used for further application instantiation requests. <p>May be present if the "subscriptionType" attribute contains the value "AppPackageChangeSubscription", and shall be absent otherwise.
 * @param usageState Match particular usage state of the application package: IN_USE: application instances instantiated from this package exist. NOT_IN_USE: No application instance instantiated from this package exist. <p>May be present if the "subscriptionType" attribute contains the value "AppPackageChangeSubscription", and shall be absent otherwise.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AppPkgFilter")
public record AppPkgFilter(
    @JsonProperty("appPkgInfoId") @Nullable String appPkgInfoId,
    @JsonProperty("appDId") @Nullable String appDId,
    @JsonProperty("appProvider") @Nullable String appProvider,
    @JsonProperty("appName") @Nullable String appName,
    @JsonProperty("appSoftwareVersion") @Nullable String appSoftwareVersion,
    @JsonProperty("appDVersion") @Nullable String appDVersion,
    @JsonProperty("operationalState") @Nullable OperationalState operationalState,
    @JsonProperty("usageState") @Nullable UsageState usageState) {

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

  /** Builds {@link AppPkgFilter} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String appPkgInfoId;
    private @Nullable String appDId;
    private @Nullable String appProvider;
    private @Nullable String appName;
    private @Nullable String appSoftwareVersion;
    private @Nullable String appDVersion;
    private @Nullable OperationalState operationalState;
    private @Nullable UsageState usageState;

    private Builder() {}

    private Builder(AppPkgFilter source) {
      this.appPkgInfoId = source.appPkgInfoId;
      this.appDId = source.appDId;
      this.appProvider = source.appProvider;
      this.appName = source.appName;
      this.appSoftwareVersion = source.appSoftwareVersion;
      this.appDVersion = source.appDVersion;
      this.operationalState = source.operationalState;
      this.usageState = source.usageState;
    }

    /**
     * Sets {@code appPkgInfoId}: Match the application package identifier which is allocated by the MEO.
     *
     * @param appPkgInfoId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appPkgInfoId(@Nullable String appPkgInfoId) {
      this.appPkgInfoId = appPkgInfoId;
      return this;
    }

    /**
     * Sets {@code appDId}: Match the application descriptor identifier which is allocated by the application provider.
     *
     * @param appDId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appDId(@Nullable String appDId) {
      this.appDId = appDId;
      return this;
    }

    /**
     * Sets {@code appProvider}: Match the provider's name of the onboarded application.
     *
     * @param appProvider the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appProvider(@Nullable String appProvider) {
      this.appProvider = appProvider;
      return this;
    }

    /**
     * Sets {@code appName}: Match the name of the onboarded application.
     *
     * @param appName the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appName(@Nullable String appName) {
      this.appName = appName;
      return this;
    }

    /**
     * Sets {@code appSoftwareVersion}: Match the software version of the application package.
     *
     * @param appSoftwareVersion the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appSoftwareVersion(@Nullable String appSoftwareVersion) {
      this.appSoftwareVersion = appSoftwareVersion;
      return this;
    }

    /**
     * Sets {@code appDVersion}: Match the version of the application descriptor.
     *
     * @param appDVersion the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appDVersion(@Nullable String appDVersion) {
      this.appDVersion = appDVersion;
      return this;
    }

    /**
     * Sets {@code operationalState}: Match particular operational state of the application package: ENABLED: the application package can be used for instantiation of new application instances.
     *
     * @param operationalState the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder operationalState(@Nullable OperationalState operationalState) {
      this.operationalState = operationalState;
      return this;
    }

    /**
     * Sets {@code usageState}: Match particular usage state of the application package: IN_USE: application instances instantiated from this package exist.
     *
     * @param usageState the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder usageState(@Nullable UsageState usageState) {
      this.usageState = usageState;
      return this;
    }

    /**
     * Builds the {@link AppPkgFilter}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppPkgFilter build() {
      return new AppPkgFilter(appPkgInfoId, appDId, appProvider, appName, appSoftwareVersion, appDVersion, operationalState, usageState);
    }
  }
}
