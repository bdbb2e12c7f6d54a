package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code _links} data type of ETSI GS MEC 010-2.
 * <p>Links to resources related to this resource.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema _links).
 *
 * @param self Self referring URI. (required)
 * @param instantiate Link to the "instantiate" task resource, if the related operation is possible based on the current status of this application instance resource (i.e. application instance in NOT_INSTANTIATED state). See note 3.
 * @param terminate Link to the "terminate" task resource, if the related operation is possible based on the current status of this application instance resource (i.e. application instance is in INSTANTIATED state).
 * @param operate Link to the "operate" task resource, if the related operation is supported for this application instance, and is possible based on the current status of this application instance resource (i.e. application instance is in INSTANTIATED state).
 * @param configure_platform_for_app Link to the "configure_platform_for_app" task resource, if the related operation is supported for this application instance, and is possible based on the current status of this application instance resource (i.e. application instance is in INSTANTIATED state). See note 4.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "_links")
public record AppInstanceInfoLinks(
    @JsonProperty("self") @NotNull @Valid LinkType self,
    @JsonProperty("instantiate") @Valid @Nullable LinkType instantiate,
    @JsonProperty("terminate") @Valid @Nullable LinkType terminate,
    @JsonProperty("operate") @Valid @Nullable LinkType operate,
    @JsonProperty("configure_platform_for_app") @Valid @Nullable LinkType configure_platform_for_app) {

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

  /** Builds {@link AppInstanceInfoLinks} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable LinkType self;
    private @Nullable LinkType instantiate;
    private @Nullable LinkType terminate;
    private @Nullable LinkType operate;
    private @Nullable LinkType configure_platform_for_app;

    private Builder() {}

    private Builder(AppInstanceInfoLinks source) {
      this.self = source.self;
      this.instantiate = source.instantiate;
      this.terminate = source.terminate;
      this.operate = source.operate;
      this.configure_platform_for_app = source.configure_platform_for_app;
    }

    /**
     * Sets {@code self}: Self referring URI.
     *
     * @param self the value
     * @return this builder
     */
    public Builder self(@Nullable LinkType self) {
      this.self = self;
      return this;
    }

    /**
     * Sets {@code instantiate}: Link to the "instantiate" task resource, if the related operation is possible based on the current status of this application instance resource (i.e.
     *
     * @param instantiate the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder instantiate(@Nullable LinkType instantiate) {
      this.instantiate = instantiate;
      return this;
    }

    /**
     * Sets {@code terminate}: Link to the "terminate" task resource, if the related operation is possible based on the current status of this application instance resource (i.e.
     *
     * @param terminate the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder terminate(@Nullable LinkType terminate) {
      this.terminate = terminate;
      return this;
    }

    /**
     * Sets {@code operate}: Link to the "operate" task resource, if the related operation is supported for this application instance, and is possible based on the current status of this application instance resource (i.e.
     *
     * @param operate the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder operate(@Nullable LinkType operate) {
      this.operate = operate;
      return this;
    }

    /**
     * Sets {@code configure_platform_for_app}: Link to the "configure_platform_for_app" task resource, if the related operation is supported for this application instance, and is possible based on the current status of this application instance resource (i.e.
     *
     * @param configure_platform_for_app the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder configure_platform_for_app(@Nullable LinkType configure_platform_for_app) {
      this.configure_platform_for_app = configure_platform_for_app;
      return this;
    }

    /**
     * Builds the {@link AppInstanceInfoLinks}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppInstanceInfoLinks build() {
      return new AppInstanceInfoLinks(self, instantiate, terminate, operate, configure_platform_for_app);
    }
  }
}
