package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A connection to a virtualised infrastructure manager (VIM), such as an OpenStack or Kubernetes endpoint, to manage
 * the resources of application instances.
 *
 * <p>The keys of {@code interfaceInfo} and {@code accessInfo} depend on {@code vimType}. In a response,
 * {@code accessInfo} carries no secrets such as passwords; in a request it carries them unless they were provisioned
 * out of band.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.18 (MEC010-2_AppLcm.yaml and MEC010-2_AppGrant.yaml, schema
 * VimConnectionInfo).
 *
 * @param id Identifier of the VIM connection, managed by the MEO.
 * @param vimId Identifier of the VIM instance, managed by the MEO; present if further information on the VIM has been
 *     configured into the MEPM out of band, and should be absent otherwise.
 * @param vimType Type of the VIM, which decides the structure of {@code interfaceInfo} and {@code accessInfo}; new
 *     values come with new types and versions of VIMs.
 * @param interfaceInfo How to reach the VIM, such as the URI of its endpoint.
 * @param accessInfo Credentials and other access information, such as the tenant or infrastructure resource group;
 *     sensitive members are left out of responses.
 * @param extra Further information specific to the VIM type.
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
     * Sets {@code id}: Identifier of the VIM connection, managed by the MEO.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code vimId}: Identifier of the VIM instance, managed by the MEO.
     *
     * @param vimId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vimId(@Nullable String vimId) {
      this.vimId = vimId;
      return this;
    }

    /**
     * Sets {@code vimType}: Type of the VIM, which decides the structure of {@code interfaceInfo} and
     * {@code accessInfo}.
     *
     * @param vimType the value
     * @return this builder
     */
    public Builder vimType(@Nullable String vimType) {
      this.vimType = vimType;
      return this;
    }

    /**
     * Sets {@code interfaceInfo}: How to reach the VIM, such as the URI of its endpoint.
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
     * Sets {@code accessInfo}: Credentials and other access information, such as the tenant or infrastructure
     * resource group.
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
     * Sets {@code extra}: Further information specific to the VIM type.
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
