package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.InterfaceType;
import io.mec4j.model.common.TunnelInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The interface to which the MEC host data plane sends the traffic that matches a traffic rule.
 *
 * <p>Data type {@code DestinationInterface} of ETSI GS MEC 011, clause 7.1.5.3. Which of the other attributes apply
 * depends on {@code interfaceType}.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema DestinationInterface).
 *
 * @param interfaceType kind of interface
 * @param tunnelInfo the tunnel; only for {@link InterfaceType#TUNNEL}
 * @param srcMacAddress source MAC address of the interface; for {@link InterfaceType#MAC}
 * @param dstMacAddress destination MAC address of the interface; for {@link InterfaceType#MAC}, only in a rule's
 *     {@code dstInterface}
 * @param dstIpAddress IP address of the remote destination; for {@link InterfaceType#IP}, only in a rule's
 *     {@code dstInterface}
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "DestinationInterface")
public record DestinationInterface(
    @JsonProperty("interfaceType") @NotNull InterfaceType interfaceType,
    @JsonProperty("tunnelInfo") @Valid @Nullable TunnelInfo tunnelInfo,
    @JsonProperty("srcMacAddress") @Nullable String srcMacAddress,
    @JsonProperty("dstMacAddress") @Nullable String dstMacAddress,
    @JsonProperty("dstIpAddress") @Nullable String dstIpAddress) {

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

  /** Builds {@link DestinationInterface} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable InterfaceType interfaceType;
    private @Nullable TunnelInfo tunnelInfo;
    private @Nullable String srcMacAddress;
    private @Nullable String dstMacAddress;
    private @Nullable String dstIpAddress;

    private Builder() {}

    private Builder(DestinationInterface source) {
      this.interfaceType = source.interfaceType;
      this.tunnelInfo = source.tunnelInfo;
      this.srcMacAddress = source.srcMacAddress;
      this.dstMacAddress = source.dstMacAddress;
      this.dstIpAddress = source.dstIpAddress;
    }

    /**
     * Sets {@code interfaceType}: kind of interface.
     *
     * @param interfaceType the value
     * @return this builder
     */
    public Builder interfaceType(@Nullable InterfaceType interfaceType) {
      this.interfaceType = interfaceType;
      return this;
    }

    /**
     * Sets {@code tunnelInfo}: the tunnel; only for {@link InterfaceType#TUNNEL}.
     *
     * @param tunnelInfo the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder tunnelInfo(@Nullable TunnelInfo tunnelInfo) {
      this.tunnelInfo = tunnelInfo;
      return this;
    }

    /**
     * Sets {@code srcMacAddress}: source MAC address of the interface.
     *
     * @param srcMacAddress the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder srcMacAddress(@Nullable String srcMacAddress) {
      this.srcMacAddress = srcMacAddress;
      return this;
    }

    /**
     * Sets {@code dstMacAddress}: destination MAC address of the interface.
     *
     * @param dstMacAddress the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder dstMacAddress(@Nullable String dstMacAddress) {
      this.dstMacAddress = dstMacAddress;
      return this;
    }

    /**
     * Sets {@code dstIpAddress}: IP address of the remote destination.
     *
     * @param dstIpAddress the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder dstIpAddress(@Nullable String dstIpAddress) {
      this.dstIpAddress = dstIpAddress;
      return this;
    }

    /**
     * Builds the {@link DestinationInterface}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public DestinationInterface build() {
      return new DestinationInterface(interfaceType, tunnelInfo, srcMacAddress, dstMacAddress, dstIpAddress);
    }
  }
}
