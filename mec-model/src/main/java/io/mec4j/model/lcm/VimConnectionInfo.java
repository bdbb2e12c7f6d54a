package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code VimConnectionInfo} data type of ETSI GS MEC 010-2 (clause 6.2.2.18).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema VimConnectionInfo), ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema VimConnectionInfo).
 *
 * @param id The identifier of the VIM Connection. This identifier is managed by the MEO. (required)
 * @param vimId The identifier of the VIM instance. This identifier is managed by the MEO. <p>Shall be present to address additional information about the VIM if such information has been configured into the MEPM by means outside the scope of the present document, and should be absent otherwise.
 * @param vimType Discriminator for the different types of the VIM information. <p>The value of this attribute determines the structure of the "interfaceInfo" and "accessInfo" attributes, based on the type of the VIM. <p>The set of permitted values is expected to change over time as new types or versions of VIMs become available. (required)
 * @param interfaceInfo Information about the interface or interfaces to the VIM, if applicable, such as the URI of an interface endpoint to communicate with the VIM. The applicable keys are dependent on the content of vimType. <p>Alternatively, such information may have been configured into the VNFM and bound to the vimId.
 * @param accessInfo Authentication credentials for accessing the VIM, and other access-related information such as tenants or infrastructure resource groups. The applicable keys are dependent on the content of vimType. <p>If the VimConnectionInfo structure is part of an HTTP response message content, sensitive attributes that are children of this attributes (such as passwords) shall not be included. <p>If the VimConnectionInfo structure is part of an HTTP request message content, sensitive attributes that are children of this attribute (such as passwords) shall be present if they have not been provisioned out of band.
 * @param extra VIM type specific additional information. The applicable structure, and whether or not this attribute is available, is dependent on the content of vimType.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "VimConnectionInfo")
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "VimConnectionInfo")
public record VimConnectionInfo(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("vimId") @Nullable String vimId,
    @JsonProperty("vimType") @NotNull String vimType,
    @JsonProperty("interfaceInfo") @Nullable Map<String, Object> interfaceInfo,
    @JsonProperty("accessInfo") @Nullable Map<String, Object> accessInfo,
    @JsonProperty("extra") @Nullable Map<String, Object> extra) {

  /** Copies collections so the record stays immutable. */
  public VimConnectionInfo {
    interfaceInfo = Copies.map(interfaceInfo);
    accessInfo = Copies.map(accessInfo);
    extra = Copies.map(extra);
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

  /** Builds {@link VimConnectionInfo} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String vimId;
    private @Nullable String vimType;
    private @Nullable Map<String, Object> interfaceInfo;
    private @Nullable Map<String, Object> accessInfo;
    private @Nullable Map<String, Object> extra;

    private Builder() {}

    private Builder(VimConnectionInfo source) {
      this.id = source.id;
      this.vimId = source.vimId;
      this.vimType = source.vimType;
      this.interfaceInfo = Copies.mutable(source.interfaceInfo);
      this.accessInfo = Copies.mutable(source.accessInfo);
      this.extra = Copies.mutable(source.extra);
    }

    /**
     * Sets {@code id}: The identifier of the VIM Connection.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code vimId}: The identifier of the VIM instance.
     *
     * @param vimId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vimId(@Nullable String vimId) {
      this.vimId = vimId;
      return this;
    }

    /**
     * Sets {@code vimType}: Discriminator for the different types of the VIM information.
     *
     * @param vimType the value
     * @return this builder
     */
    public Builder vimType(@Nullable String vimType) {
      this.vimType = vimType;
      return this;
    }

    /**
     * Sets {@code interfaceInfo}: Information about the interface or interfaces to the VIM, if applicable, such as the URI of an interface endpoint to communicate with the VIM.
     *
     * @param interfaceInfo the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder interfaceInfo(@Nullable Map<String, Object> interfaceInfo) {
      this.interfaceInfo = Copies.mutable(interfaceInfo);
      return this;
    }

    /**
     * Puts one entry into {@code interfaceInfo}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putInterfaceInfo(String key, Object value) {
      this.interfaceInfo = Copies.put(this.interfaceInfo, key, value);
      return this;
    }

    /**
     * Sets {@code accessInfo}: Authentication credentials for accessing the VIM, and other access-related information such as tenants or infrastructure resource groups.
     *
     * @param accessInfo the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder accessInfo(@Nullable Map<String, Object> accessInfo) {
      this.accessInfo = Copies.mutable(accessInfo);
      return this;
    }

    /**
     * Puts one entry into {@code accessInfo}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putAccessInfo(String key, Object value) {
      this.accessInfo = Copies.put(this.accessInfo, key, value);
      return this;
    }

    /**
     * Sets {@code extra}: VIM type specific additional information.
     *
     * @param extra the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder extra(@Nullable Map<String, Object> extra) {
      this.extra = Copies.mutable(extra);
      return this;
    }

    /**
     * Puts one entry into {@code extra}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putExtra(String key, Object value) {
      this.extra = Copies.put(this.extra, key, value);
      return this;
    }

    /**
     * Builds the {@link VimConnectionInfo}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public VimConnectionInfo build() {
      return new VimConnectionInfo(id, vimId, vimType, interfaceInfo, accessInfo, extra);
    }
  }
}
