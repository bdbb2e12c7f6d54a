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
 * The {@code AppPkgInfo} data type of ETSI GS MEC 010-2 (clause 6.2.3.3).
 * <p>  NOTE 1: The data type of application software image information data model is related to virtualisation method and needs for further study.
 * NOTE 2: The data type of additional information of application package artifacts is not specified in the present document.
 * NOTE 3: This attribute applies only for the MEAO.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppPkgInfo).
 *
 * @param id Identifier of the application package resource. This identifier is allocated by the MEO. (required)
 * @param appDId The application descriptor identifier. It is managed by the application provider to identify the application package and the application descriptor in a globally unique way. It is copied from the AppD of the onboarded application package. (required)
 * @param appProvider The provider's name of the onboarded application package.
 * @param appName Name of the onboarded application. (required)
 * @param appSoftwareVersion Software version of the application. This is updated when there is any change to the software in the onboarded application package. (required)
 * @param appDVersion Version of the application descriptor. (required)
 * @param checksum Checksum of the onboarded application package. (required)
 * @param signingCertificate The singleton signing certificate if it is included as a file in the AppD archive.
 * @param softwareImages Information of application software image in application package. See note 1. (required)
 * @param additionalArtifacts Additional information of application package artifacts that are not application software images. See note 2.
 * @param onboardingState Onboarding state of application package: CREATED: The application package resource has been created. UPLOADING: The associated application package content is being uploaded. PROCESSING: The associated application package content is being processed, e.g. validation. ONBOARDED: The associated application package content is successfully onboarded. (required)
 * @param operationalState Operational state of the onboarded application package: ENABLED: the application package can be used for instantiation of new application instances. DISABLED: the application package cannot be used for further application instantiation requests. (required)
 * @param usageState Usage state of the onboarded instance of the application package: IN_USE: application instances instantiated from this package exist. NOT_IN_USE: No application instance instantiated from this package exist. (required)
 * @param mecInfo The MEC version that compatible with this application. This information is copied from the AppD. (required)
 * @param userDefinedData User defined data for the application package.
 * @param onboardingFailureDetails Failure details of current onboarding procedure. See ETSI GS MEC 009 [4].
 * @param links Links to resources related to this resource. (required)
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
     * Sets {@code id}: Identifier of the application package resource.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code appDId}: The application descriptor identifier.
     *
     * @param appDId the value
     * @return this builder
     */
    public Builder appDId(@Nullable String appDId) {
      this.appDId = appDId;
      return this;
    }

    /**
     * Sets {@code appProvider}: The provider's name of the onboarded application package.
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
     * Sets {@code appSoftwareVersion}: Software version of the application.
     *
     * @param appSoftwareVersion the value
     * @return this builder
     */
    public Builder appSoftwareVersion(@Nullable String appSoftwareVersion) {
      this.appSoftwareVersion = appSoftwareVersion;
      return this;
    }

    /**
     * Sets {@code appDVersion}: Version of the application descriptor.
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
     * Sets {@code signingCertificate}: The singleton signing certificate if it is included as a file in the AppD archive.
     *
     * @param signingCertificate the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder signingCertificate(@Nullable String signingCertificate) {
      this.signingCertificate = signingCertificate;
      return this;
    }

    /**
     * Sets {@code softwareImages}: Information of application software image in application package.
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
     * Sets {@code additionalArtifacts}: Additional information of application package artifacts that are not application software images.
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
     * Sets {@code onboardingState}: Onboarding state of application package: CREATED: The application package resource has been created.
     *
     * @param onboardingState the value
     * @return this builder
     */
    public Builder onboardingState(@Nullable OnboardingState onboardingState) {
      this.onboardingState = onboardingState;
      return this;
    }

    /**
     * Sets {@code operationalState}: Operational state of the onboarded application package: ENABLED: the application package can be used for instantiation of new application instances.
     *
     * @param operationalState the value
     * @return this builder
     */
    public Builder operationalState(@Nullable OperationalState operationalState) {
      this.operationalState = operationalState;
      return this;
    }

    /**
     * Sets {@code usageState}: Usage state of the onboarded instance of the application package: IN_USE: application instances instantiated from this package exist.
     *
     * @param usageState the value
     * @return this builder
     */
    public Builder usageState(@Nullable UsageState usageState) {
      this.usageState = usageState;
      return this;
    }

    /**
     * Sets {@code mecInfo}: The MEC version that compatible with this application.
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
     * Sets {@code userDefinedData}: User defined data for the application package.
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
     * Sets {@code onboardingFailureDetails}: Failure details of current onboarding procedure.
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
