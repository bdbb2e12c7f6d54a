package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A request to create an application instance resource, not instantiated yet, from an onboarded application
 * descriptor.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.3 (MEC010-2_AppLcm.yaml, schema CreateAppInstanceRequest).
 *
 * @param appDId Identifier of the application descriptor (AppD) to create the instance from, globally unique.
 * @param appInstanceName Human-readable name of the new application instance.
 * @param appInstanceDescription Human-readable description of the new application instance.
 * @param appPlacementInfo MEC platform to associate the instance with; on Mm3* only.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "CreateAppInstanceRequest")
public record CreateAppInstanceRequest(
    @JsonProperty("appDId") @NotNull String appDId,
    @JsonProperty("appInstanceName") @Nullable String appInstanceName,
    @JsonProperty("appInstanceDescription") @Nullable String appInstanceDescription,
    @JsonProperty("appPlacementInfo") @Valid @Nullable MepInformation appPlacementInfo) {

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

  /** Builds {@link CreateAppInstanceRequest} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String appDId;
    private @Nullable String appInstanceName;
    private @Nullable String appInstanceDescription;
    private @Nullable MepInformation appPlacementInfo;

    private Builder() {}

    private Builder(CreateAppInstanceRequest source) {
      this.appDId = source.appDId;
      this.appInstanceName = source.appInstanceName;
      this.appInstanceDescription = source.appInstanceDescription;
      this.appPlacementInfo = source.appPlacementInfo;
    }

    /**
     * Sets {@code appDId}: Identifier of the application descriptor (AppD) to create the instance from, globally
     * unique.
     *
     * @param appDId the value
     * @return this builder
     */
    public Builder appDId(@Nullable String appDId) {
      this.appDId = appDId;
      return this;
    }

    /**
     * Sets {@code appInstanceName}: Human-readable name of the new application instance.
     *
     * @param appInstanceName the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appInstanceName(@Nullable String appInstanceName) {
      this.appInstanceName = appInstanceName;
      return this;
    }

    /**
     * Sets {@code appInstanceDescription}: Human-readable description of the new application instance.
     *
     * @param appInstanceDescription the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appInstanceDescription(@Nullable String appInstanceDescription) {
      this.appInstanceDescription = appInstanceDescription;
      return this;
    }

    /**
     * Sets {@code appPlacementInfo}: MEC platform to associate the instance with.
     *
     * @param appPlacementInfo the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appPlacementInfo(@Nullable MepInformation appPlacementInfo) {
      this.appPlacementInfo = appPlacementInfo;
      return this;
    }

    /**
     * Builds the {@link CreateAppInstanceRequest}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public CreateAppInstanceRequest build() {
      return new CreateAppInstanceRequest(appDId, appInstanceName, appInstanceDescription, appPlacementInfo);
    }
  }
}
