package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * A filter selecting the application packages a package-management subscription applies to; a package matches when it
 * matches every attribute present.
 *
 * <p>{@code appPkgInfoId} and {@code appDId} are alternative ways to name one package and should not both be used in
 * one filter.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.3.10.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppPkgFilter).
 *
 * @param appPkgInfoId identifier of the application package, allocated by the MEO
 * @param appDId identifier of the AppD, allocated by the application provider
 * @param appProvider provider of the onboarded application
 * @param appName name of the onboarded application
 * @param appSoftwareVersion software version of the application package
 * @param appDVersion version of the AppD
 * @param operationalState operational state of the package; only for subscriptions of type
 *     {@code AppPackageChangeSubscription}
 * @param usageState usage state of the package; only for subscriptions of type {@code AppPackageChangeSubscription}
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
     * Sets {@code appPkgInfoId}: Identifier of the application package, allocated by the MEO.
     *
     * @param appPkgInfoId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appPkgInfoId(@Nullable String appPkgInfoId) {
      this.appPkgInfoId = appPkgInfoId;
      return this;
    }

    /**
     * Sets {@code appDId}: Identifier of the AppD, allocated by the application provider.
     *
     * @param appDId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appDId(@Nullable String appDId) {
      this.appDId = appDId;
      return this;
    }

    /**
     * Sets {@code appProvider}: Provider of the onboarded application.
     *
     * @param appProvider the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appProvider(@Nullable String appProvider) {
      this.appProvider = appProvider;
      return this;
    }

    /**
     * Sets {@code appName}: Name of the onboarded application.
     *
     * @param appName the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appName(@Nullable String appName) {
      this.appName = appName;
      return this;
    }

    /**
     * Sets {@code appSoftwareVersion}: Software version of the application package.
     *
     * @param appSoftwareVersion the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appSoftwareVersion(@Nullable String appSoftwareVersion) {
      this.appSoftwareVersion = appSoftwareVersion;
      return this;
    }

    /**
     * Sets {@code appDVersion}: Version of the AppD.
     *
     * @param appDVersion the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appDVersion(@Nullable String appDVersion) {
      this.appDVersion = appDVersion;
      return this;
    }

    /**
     * Sets {@code operationalState}: Operational state of the package; only for subscriptions of type
     * {@code AppPackageChangeSubscription}.
     *
     * @param operationalState the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder operationalState(@Nullable OperationalState operationalState) {
      this.operationalState = operationalState;
      return this;
    }

    /**
     * Sets {@code usageState}: Usage state of the package; only for subscriptions of type
     * {@code AppPackageChangeSubscription}.
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
