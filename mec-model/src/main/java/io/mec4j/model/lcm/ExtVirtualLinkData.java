package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An external virtual link (VL) to connect an application instance to, with the external connection points to attach
 * to it.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.4.8 (MEC010-2_AppGrant.yaml, schema ExtVirtualLinkData).
 *
 * @param id Identifier of the external VL instance, assigned by the MEC entity that manages it.
 * @param vimConnectionId Identifier of the VIM connection that manages the VL.
 * @param resourceId Identifier of the VL resource in the VIM.
 * @param extCps External CPs of the application instance to connect to the VL, at least one.
 * @param extLinkPorts Pre-created link ports to connect the external CPs to; if absent, the MEPM creates the link
 *     ports.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "ExtVirtualLinkData")
public record ExtVirtualLinkData(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("vimConnectionId") @Nullable String vimConnectionId,
    @JsonProperty("resourceId") @NotNull String resourceId,
    @JsonProperty("extCps") @NotNull @Size(min = 1) List<@Valid AppExtCpData> extCps,
    @JsonProperty("extLinkPorts") @Nullable List<@Valid ExtLinkPortData> extLinkPorts) {

  /** Copies collections so the record stays immutable. */
  public ExtVirtualLinkData {
    extCps = Copies.list(extCps);
    extLinkPorts = Copies.list(extLinkPorts);
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

  /** Builds {@link ExtVirtualLinkData} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String vimConnectionId;
    private @Nullable String resourceId;
    private @Nullable List<AppExtCpData> extCps;
    private @Nullable List<ExtLinkPortData> extLinkPorts;

    private Builder() {}

    private Builder(ExtVirtualLinkData source) {
      this.id = source.id;
      this.vimConnectionId = source.vimConnectionId;
      this.resourceId = source.resourceId;
      this.extCps = Copies.mutable(source.extCps);
      this.extLinkPorts = Copies.mutable(source.extLinkPorts);
    }

    /**
     * Sets {@code id}: Identifier of the external VL instance, assigned by the MEC entity that manages it.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code vimConnectionId}: Identifier of the VIM connection that manages the VL.
     *
     * @param vimConnectionId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vimConnectionId(@Nullable String vimConnectionId) {
      this.vimConnectionId = vimConnectionId;
      return this;
    }

    /**
     * Sets {@code resourceId}: Identifier of the VL resource in the VIM.
     *
     * @param resourceId the value
     * @return this builder
     */
    public Builder resourceId(@Nullable String resourceId) {
      this.resourceId = resourceId;
      return this;
    }

    /**
     * Sets {@code extCps}: External CPs of the application instance to connect to the VL, at least one.
     *
     * @param extCps the value
     * @return this builder
     */
    public Builder extCps(@Nullable List<AppExtCpData> extCps) {
      this.extCps = Copies.mutable(extCps);
      return this;
    }

    /**
     * Appends one entry to {@code extCps}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addExtCp(AppExtCpData element) {
      this.extCps = Copies.add(this.extCps, element);
      return this;
    }

    /**
     * Sets {@code extLinkPorts}: Pre-created link ports to connect the external CPs to.
     *
     * @param extLinkPorts the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder extLinkPorts(@Nullable List<ExtLinkPortData> extLinkPorts) {
      this.extLinkPorts = Copies.mutable(extLinkPorts);
      return this;
    }

    /**
     * Appends one entry to {@code extLinkPorts}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addExtLinkPort(ExtLinkPortData element) {
      this.extLinkPorts = Copies.add(this.extLinkPorts, element);
      return this;
    }

    /**
     * Builds the {@link ExtVirtualLinkData}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public ExtVirtualLinkData build() {
      return new ExtVirtualLinkData(id, vimConnectionId, resourceId, extCps, extLinkPorts);
    }
  }
}
