package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.InterfaceType;
import io.mec4j.model.common.TunnelInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A destination interface of a traffic rule: where the MEC host data plane sends matching traffic, as a tunnel, a MAC
 * address or an IP address.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.1.11.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema InterfaceDescriptor), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema InterfaceDescriptor).
 *
 * @param interfaceType type of the interface: {@code TUNNEL}, {@code MAC} or {@code IP}
 * @param tunnelInfo the tunnel; only when the interface type is {@code TUNNEL}
 * @param srcMACAddress source MAC address of the interface, when the interface type is {@code MAC}
 * @param dstMACAddress destination MAC address, when the interface type is {@code MAC}
 * @param dstIPAddress destination IP address, when the interface type is {@code IP}
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "InterfaceDescriptor")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "InterfaceDescriptor")
public record InterfaceDescriptor(
    @JsonProperty("interfaceType") @NotNull InterfaceType interfaceType,
    @JsonProperty("tunnelInfo") @Valid @Nullable TunnelInfo tunnelInfo,
    @JsonProperty("srcMACAddress") @Nullable String srcMACAddress,
    @JsonProperty("dstMACAddress") @Nullable String dstMACAddress,
    @JsonProperty("dstIPAddress") @Nullable String dstIPAddress) {

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

  /** Builds {@link InterfaceDescriptor} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable InterfaceType interfaceType;
    private @Nullable TunnelInfo tunnelInfo;
    private @Nullable String srcMACAddress;
    private @Nullable String dstMACAddress;
    private @Nullable String dstIPAddress;

    private Builder() {}

    private Builder(InterfaceDescriptor source) {
      this.interfaceType = source.interfaceType;
      this.tunnelInfo = source.tunnelInfo;
      this.srcMACAddress = source.srcMACAddress;
      this.dstMACAddress = source.dstMACAddress;
      this.dstIPAddress = source.dstIPAddress;
    }

    /**
     * Sets {@code interfaceType}: Type of the interface: {@code TUNNEL}, {@code MAC} or {@code IP}.
     *
     * @param interfaceType the value
     * @return this builder
     */
    public Builder interfaceType(@Nullable InterfaceType interfaceType) {
      this.interfaceType = interfaceType;
      return this;
    }

    /**
     * Sets {@code tunnelInfo}: The tunnel; only when the interface type is {@code TUNNEL}.
     *
     * @param tunnelInfo the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder tunnelInfo(@Nullable TunnelInfo tunnelInfo) {
      this.tunnelInfo = tunnelInfo;
      return this;
    }

    /**
     * Sets {@code srcMACAddress}: Source MAC address of the interface, when the interface type is {@code MAC}.
     *
     * @param srcMACAddress the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder srcMACAddress(@Nullable String srcMACAddress) {
      this.srcMACAddress = srcMACAddress;
      return this;
    }

    /**
     * Sets {@code dstMACAddress}: Destination MAC address, when the interface type is {@code MAC}.
     *
     * @param dstMACAddress the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder dstMACAddress(@Nullable String dstMACAddress) {
      this.dstMACAddress = dstMACAddress;
      return this;
    }

    /**
     * Sets {@code dstIPAddress}: Destination IP address, when the interface type is {@code IP}.
     *
     * @param dstIPAddress the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder dstIPAddress(@Nullable String dstIPAddress) {
      this.dstIPAddress = dstIPAddress;
      return this;
    }

    /**
     * Builds the {@link InterfaceDescriptor}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public InterfaceDescriptor build() {
      return new InterfaceDescriptor(interfaceType, tunnelInfo, srcMACAddress, dstMACAddress, dstIPAddress);
    }
  }
}
