package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Links of an application instance resource: itself and the LCM tasks that its current state allows.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema _links).
 *
 * @param self Link to this application instance resource.
 * @param instantiate Link to the instantiate task; present while the instance is NOT_INSTANTIATED.
 * @param terminate Link to the terminate task; present while the instance is INSTANTIATED.
 * @param operate Link to the operate task; present if the operation is supported and the instance is INSTANTIATED.
 * @param configurePlatformForApp Link to the configure_platform_for_app task; present if the operation is supported
 *     and the instance is INSTANTIATED.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "_links")
public record AppInstanceInfoLinks(
    @JsonProperty("self") @NotNull @Valid LinkType self,
    @JsonProperty("instantiate") @Valid @Nullable LinkType instantiate,
    @JsonProperty("terminate") @Valid @Nullable LinkType terminate,
    @JsonProperty("operate") @Valid @Nullable LinkType operate,
    @JsonProperty("configure_platform_for_app") @Valid @Nullable LinkType configurePlatformForApp) {

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
    private @Nullable LinkType configurePlatformForApp;

    private Builder() {}

    private Builder(AppInstanceInfoLinks source) {
      this.self = source.self;
      this.instantiate = source.instantiate;
      this.terminate = source.terminate;
      this.operate = source.operate;
      this.configurePlatformForApp = source.configurePlatformForApp;
    }

    /**
     * Sets {@code self}: Link to this application instance resource.
     *
     * @param self the value
     * @return this builder
     */
    public Builder self(@Nullable LinkType self) {
      this.self = self;
      return this;
    }

    /**
     * Sets {@code instantiate}: Link to the instantiate task.
     *
     * @param instantiate the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder instantiate(@Nullable LinkType instantiate) {
      this.instantiate = instantiate;
      return this;
    }

    /**
     * Sets {@code terminate}: Link to the terminate task.
     *
     * @param terminate the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder terminate(@Nullable LinkType terminate) {
      this.terminate = terminate;
      return this;
    }

    /**
     * Sets {@code operate}: Link to the operate task.
     *
     * @param operate the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder operate(@Nullable LinkType operate) {
      this.operate = operate;
      return this;
    }

    /**
     * Sets {@code configure_platform_for_app}: Link to the configure_platform_for_app task.
     *
     * @param configurePlatformForApp the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder configurePlatformForApp(@Nullable LinkType configurePlatformForApp) {
      this.configurePlatformForApp = configurePlatformForApp;
      return this;
    }

    /**
     * Builds the {@link AppInstanceInfoLinks}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppInstanceInfoLinks build() {
      return new AppInstanceInfoLinks(self, instantiate, terminate, operate, configurePlatformForApp);
    }
  }
}
