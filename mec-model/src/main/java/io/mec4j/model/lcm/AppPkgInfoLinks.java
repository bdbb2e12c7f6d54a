package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The links of an {@link AppPkgInfo}: the package resource, its AppD, its content and, for an MEAO, the corresponding
 * VNF package at the NFVO.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.3.3.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema _links).
 *
 * @param self this application package resource
 * @param appD the AppD resource of the package
 * @param appPkgContent the onboarded application package content resource
 * @param vnfPkgInfo the corresponding VNF package resource at the NFVO; only when the MEO is an MEAO
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "_links")
public record AppPkgInfoLinks(
    @JsonProperty("self") @NotNull @Valid LinkType self,
    @JsonProperty("appD") @NotNull @Valid LinkType appD,
    @JsonProperty("appPkgContent") @NotNull @Valid LinkType appPkgContent,
    @JsonProperty("vnfPkgInfo") @Valid @Nullable LinkType vnfPkgInfo) {

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

  /** Builds {@link AppPkgInfoLinks} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable LinkType self;
    private @Nullable LinkType appD;
    private @Nullable LinkType appPkgContent;
    private @Nullable LinkType vnfPkgInfo;

    private Builder() {}

    private Builder(AppPkgInfoLinks source) {
      this.self = source.self;
      this.appD = source.appD;
      this.appPkgContent = source.appPkgContent;
      this.vnfPkgInfo = source.vnfPkgInfo;
    }

    /**
     * Sets {@code self}: This application package resource.
     *
     * @param self the value
     * @return this builder
     */
    public Builder self(@Nullable LinkType self) {
      this.self = self;
      return this;
    }

    /**
     * Sets {@code appD}: The AppD resource of the package.
     *
     * @param appD the value
     * @return this builder
     */
    public Builder appD(@Nullable LinkType appD) {
      this.appD = appD;
      return this;
    }

    /**
     * Sets {@code appPkgContent}: The onboarded application package content resource.
     *
     * @param appPkgContent the value
     * @return this builder
     */
    public Builder appPkgContent(@Nullable LinkType appPkgContent) {
      this.appPkgContent = appPkgContent;
      return this;
    }

    /**
     * Sets {@code vnfPkgInfo}: The corresponding VNF package resource at the NFVO; only when the MEO is an MEAO.
     *
     * @param vnfPkgInfo the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vnfPkgInfo(@Nullable LinkType vnfPkgInfo) {
      this.vnfPkgInfo = vnfPkgInfo;
      return this;
    }

    /**
     * Builds the {@link AppPkgInfoLinks}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppPkgInfoLinks build() {
      return new AppPkgInfoLinks(self, appD, appPkgContent, vnfPkgInfo);
    }
  }
}
