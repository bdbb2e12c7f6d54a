package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.ProblemDetails;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An application package resource as the MEO exposes it: the package's identity and checksum, its images and artifacts,
 * and its onboarding, operational and usage states.
 *
 * <p>Only the MEO sends it, so the identifier and links it allocates are required.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.3.3.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppPkgInfo).
 *
 * @param id identifier of the application package resource, allocated by the MEO
 * @param appDId identifier of the AppD, globally unique; copied from the AppD of the onboarded package
 * @param appProvider provider of the onboarded application package
 * @param appName name of the onboarded application
 * @param appSoftwareVersion software version of the application, updated whenever the software in the onboarded package
 *     changes
 * @param appDVersion version of the AppD
 * @param checksum checksum of the onboarded application package
 * @param signingCertificate the singleton signing certificate, if the AppD archive includes it as a file
 * @param softwareImages the application software images of the package, as free-form JSON (the spec leaves their data
 *     model for further study); at least one
 * @param additionalArtifacts the other artifacts of the package, as free-form JSON (the spec does not specify their
 *     type)
 * @param onboardingState onboarding state of the package
 * @param operationalState whether the package can be used to instantiate new application instances
 * @param usageState whether application instances created from the package exist
 * @param mecInfo the MEC versions the application is compatible with, copied from the AppD; at least one
 * @param userDefinedData user-defined data of the package
 * @param onboardingFailureDetails why the current onboarding failed (ETSI GS MEC 009 problem details)
 * @param links links to this resource, its AppD and its content
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AppPkgInfo")
public record AppPkgInfo(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("appDId") @NotNull String appDId,
    @JsonProperty("appProvider") @Nullable String appProvider,
    @JsonProperty("appName") @NotNull String appName,
    @JsonProperty("appSoftwareVersion") @NotNull String appSoftwareVersion,
    @JsonProperty("appDVersion") @NotNull String appDVersion,
    @JsonProperty("checksum") @NotNull @Valid Checksum checksum,
    @JsonProperty("signingCertificate") @Nullable String signingCertificate,
    @JsonProperty("softwareImages") @NotNull @Size(min = 1) List<Object> softwareImages,
    @JsonProperty("additionalArtifacts") @Nullable List<Object> additionalArtifacts,
    @JsonProperty("onboardingState") @NotNull OnboardingState onboardingState,
    @JsonProperty("operationalState") @NotNull OperationalState operationalState,
    @JsonProperty("usageState") @NotNull UsageState usageState,
    @JsonProperty("mecInfo") @NotNull @Size(min = 1) List<String> mecInfo,
    @JsonProperty("userDefinedData") @Nullable Map<String, Object> userDefinedData,
    @JsonProperty("onboardingFailureDetails") @Valid @Nullable ProblemDetails onboardingFailureDetails,
    @JsonProperty("_links") @NotNull @Valid AppPkgInfoLinks links) {

  /** Copies collections so the record stays immutable. */
  public AppPkgInfo {
    softwareImages = Copies.list(softwareImages);
    additionalArtifacts = Copies.list(additionalArtifacts);
    mecInfo = Copies.list(mecInfo);
    userDefinedData = Copies.map(userDefinedData);
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

  /** Builds {@link AppPkgInfo} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String appDId;
    private @Nullable String appProvider;
    private @Nullable String appName;
    private @Nullable String appSoftwareVersion;
    private @Nullable String appDVersion;
    private @Nullable Checksum checksum;
    private @Nullable String signingCertificate;
    private @Nullable List<Object> softwareImages;
    private @Nullable List<Object> additionalArtifacts;
    private @Nullable OnboardingState onboardingState;
    private @Nullable OperationalState operationalState;
    private @Nullable UsageState usageState;
    private @Nullable List<String> mecInfo;
    private @Nullable Map<String, Object> userDefinedData;
    private @Nullable ProblemDetails onboardingFailureDetails;
    private @Nullable AppPkgInfoLinks links;

    private Builder() {}

    private Builder(AppPkgInfo source) {
      this.id = source.id;
      this.appDId = source.appDId;
      this.appProvider = source.appProvider;
      this.appName = source.appName;
      this.appSoftwareVersion = source.appSoftwareVersion;
      this.appDVersion = source.appDVersion;
      this.checksum = source.checksum;
      this.signingCertificate = source.signingCertificate;
      this.softwareImages = Copies.mutable(source.softwareImages);
      this.additionalArtifacts = Copies.mutable(source.additionalArtifacts);
      this.onboardingState = source.onboardingState;
      this.operationalState = source.operationalState;
      this.usageState = source.usageState;
      this.mecInfo = Copies.mutable(source.mecInfo);
      this.userDefinedData = Copies.mutable(source.userDefinedData);
      this.onboardingFailureDetails = source.onboardingFailureDetails;
      this.links = source.links;
    }

    /**
     * Sets {@code id}: Identifier of the application package resource, allocated by the MEO.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code appDId}: Identifier of the AppD, globally unique; copied from the AppD of the onboarded package.
     *
     * @param appDId the value
     * @return this builder
     */
    public Builder appDId(@Nullable String appDId) {
      this.appDId = appDId;
      return this;
    }

    /**
     * Sets {@code appProvider}: Provider of the onboarded application package.
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
     * @param appName the value
     * @return this builder
     */
    public Builder appName(@Nullable String appName) {
      this.appName = appName;
      return this;
    }

    /**
     * Sets {@code appSoftwareVersion}: Software version of the application, updated whenever the software in the
     * onboarded package changes.
     *
     * @param appSoftwareVersion the value
     * @return this builder
     */
    public Builder appSoftwareVersion(@Nullable String appSoftwareVersion) {
      this.appSoftwareVersion = appSoftwareVersion;
      return this;
    }

    /**
     * Sets {@code appDVersion}: Version of the AppD.
     *
     * @param appDVersion the value
     * @return this builder
     */
    public Builder appDVersion(@Nullable String appDVersion) {
      this.appDVersion = appDVersion;
      return this;
    }

    /**
     * Sets {@code checksum}: Checksum of the onboarded application package.
     *
     * @param checksum the value
     * @return this builder
     */
    public Builder checksum(@Nullable Checksum checksum) {
      this.checksum = checksum;
      return this;
    }

    /**
     * Sets {@code signingCertificate}: The singleton signing certificate, if the AppD archive includes it as a file.
     *
     * @param signingCertificate the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder signingCertificate(@Nullable String signingCertificate) {
      this.signingCertificate = signingCertificate;
      return this;
    }

    /**
     * Sets {@code softwareImages}: The application software images of the package, as free-form JSON (the spec leaves
     * their data model for further study); at least one.
     *
     * @param softwareImages the value
     * @return this builder
     */
    public Builder softwareImages(@Nullable List<Object> softwareImages) {
      this.softwareImages = Copies.mutable(softwareImages);
      return this;
    }

    /**
     * Appends one entry to {@code softwareImages}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addSoftwareImage(Object element) {
      this.softwareImages = Copies.add(this.softwareImages, element);
      return this;
    }

    /**
     * Sets {@code additionalArtifacts}: The other artifacts of the package, as free-form JSON (the spec does not
     * specify their type).
     *
     * @param additionalArtifacts the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder additionalArtifacts(@Nullable List<Object> additionalArtifacts) {
      this.additionalArtifacts = Copies.mutable(additionalArtifacts);
      return this;
    }

    /**
     * Appends one entry to {@code additionalArtifacts}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addAdditionalArtifact(Object element) {
      this.additionalArtifacts = Copies.add(this.additionalArtifacts, element);
      return this;
    }

    /**
     * Sets {@code onboardingState}: Onboarding state of the package.
     *
     * @param onboardingState the value
     * @return this builder
     */
    public Builder onboardingState(@Nullable OnboardingState onboardingState) {
      this.onboardingState = onboardingState;
      return this;
    }

    /**
     * Sets {@code operationalState}: Whether the package can be used to instantiate new application instances.
     *
     * @param operationalState the value
     * @return this builder
     */
    public Builder operationalState(@Nullable OperationalState operationalState) {
      this.operationalState = operationalState;
      return this;
    }

    /**
     * Sets {@code usageState}: Whether application instances created from the package exist.
     *
     * @param usageState the value
     * @return this builder
     */
    public Builder usageState(@Nullable UsageState usageState) {
      this.usageState = usageState;
      return this;
    }

    /**
     * Sets {@code mecInfo}: The MEC versions the application is compatible with, copied from the AppD; at least one.
     *
     * @param mecInfo the value
     * @return this builder
     */
    public Builder mecInfo(@Nullable List<String> mecInfo) {
      this.mecInfo = Copies.mutable(mecInfo);
      return this;
    }

    /**
     * Appends one entry to {@code mecInfo}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addMecInfo(String element) {
      this.mecInfo = Copies.add(this.mecInfo, element);
      return this;
    }

    /**
     * Sets {@code userDefinedData}: User-defined data of the package.
     *
     * @param userDefinedData the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder userDefinedData(@Nullable Map<String, Object> userDefinedData) {
      this.userDefinedData = Copies.mutable(userDefinedData);
      return this;
    }

    /**
     * Puts one entry into {@code userDefinedData}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putUserDefinedData(String key, Object value) {
      this.userDefinedData = Copies.put(this.userDefinedData, key, value);
      return this;
    }

    /**
     * Sets {@code onboardingFailureDetails}: Why the current onboarding failed (ETSI GS MEC 009 problem details).
     *
     * @param onboardingFailureDetails the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder onboardingFailureDetails(@Nullable ProblemDetails onboardingFailureDetails) {
      this.onboardingFailureDetails = onboardingFailureDetails;
      return this;
    }

    /**
     * Sets {@code _links}: Links to resources related to this resource.
     *
     * @param links the value
     * @return this builder
     */
    public Builder links(@Nullable AppPkgInfoLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Builds the {@link AppPkgInfo}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppPkgInfo build() {
      return new AppPkgInfo(id, appDId, appProvider, appName, appSoftwareVersion, appDVersion, checksum, signingCertificate, softwareImages, additionalArtifacts, onboardingState, operationalState, usageState, mecInfo, userDefinedData, onboardingFailureDetails, links);
    }
  }
}
