package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A tunnel that carries traffic to or from a MEC application: its type and end-point addresses.
 *
 * <p>Data type {@code TunnelInfo} of ETSI GS MEC 011, clause 7.1.5.4, and ETSI GS MEC 010-2, clause 6.2.1.12. MEC 010-2
 * also requires both addresses and adds {@code tunnelSpecificData}; MEC 011 requires only the type.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema TunnelInfo), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml,
 * schema TunnelInfo), ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema TunnelInfo).
 *
 * @param tunnelType type of the tunnel
 * @param tunnelDstAddress destination address of the tunnel; required by MEC 010-2
 * @param tunnelSrcAddress source address of the tunnel; required by MEC 010-2
 * @param tunnelSpecificData parameters specific to the tunnel; MEC 010-2 only
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "TunnelInfo")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "TunnelInfo")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "TunnelInfo")
public record TunnelInfo(
    @JsonProperty("tunnelType") @NotNull TunnelType tunnelType,
    @JsonProperty("tunnelDstAddress") @Nullable String tunnelDstAddress,
    @JsonProperty("tunnelSrcAddress") @Nullable String tunnelSrcAddress,
    @JsonProperty("tunnelSpecificData") @Nullable Map<String, Object> tunnelSpecificData) {

  /** Copies collections so the record stays immutable. */
  public TunnelInfo {
    tunnelSpecificData = Copies.map(tunnelSpecificData);
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

  /** Builds {@link TunnelInfo} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable TunnelType tunnelType;
    private @Nullable String tunnelDstAddress;
    private @Nullable String tunnelSrcAddress;
    private @Nullable Map<String, Object> tunnelSpecificData;

    private Builder() {}

    private Builder(TunnelInfo source) {
      this.tunnelType = source.tunnelType;
      this.tunnelDstAddress = source.tunnelDstAddress;
      this.tunnelSrcAddress = source.tunnelSrcAddress;
      this.tunnelSpecificData = Copies.mutable(source.tunnelSpecificData);
    }

    /**
     * Sets {@code tunnelType}: type of the tunnel.
     *
     * @param tunnelType the value
     * @return this builder
     */
    public Builder tunnelType(@Nullable TunnelType tunnelType) {
      this.tunnelType = tunnelType;
      return this;
    }

    /**
     * Sets {@code tunnelDstAddress}: destination address of the tunnel; required by MEC 010-2.
     *
     * @param tunnelDstAddress the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder tunnelDstAddress(@Nullable String tunnelDstAddress) {
      this.tunnelDstAddress = tunnelDstAddress;
      return this;
    }

    /**
     * Sets {@code tunnelSrcAddress}: source address of the tunnel; required by MEC 010-2.
     *
     * @param tunnelSrcAddress the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder tunnelSrcAddress(@Nullable String tunnelSrcAddress) {
      this.tunnelSrcAddress = tunnelSrcAddress;
      return this;
    }

    /**
     * Sets {@code tunnelSpecificData}: parameters specific to the tunnel; MEC 010-2 only.
     *
     * @param tunnelSpecificData the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder tunnelSpecificData(@Nullable Map<String, Object> tunnelSpecificData) {
      this.tunnelSpecificData = Copies.mutable(tunnelSpecificData);
      return this;
    }

    /**
     * Puts one entry into {@code tunnelSpecificData}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putTunnelSpecificData(String key, Object value) {
      this.tunnelSpecificData = Copies.put(this.tunnelSpecificData, key, value);
      return this;
    }

    /**
     * Builds the {@link TunnelInfo}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public TunnelInfo build() {
      return new TunnelInfo(tunnelType, tunnelDstAddress, tunnelSrcAddress, tunnelSpecificData);
    }
  }
}
