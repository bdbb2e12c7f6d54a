package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code IpAddresses} data type of ETSI GS MEC 010-2.
 * <p>List of IP addresses to assign to the CP instance. Each entry represents IP address data for fixed or dynamic IP address assignment per subnet.
 * <p>If this attribute is not present, no IP address shall be assigned. See note 1.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema IpAddresses).
 *
 * @param type The type of the IP addresses. <p>Permitted values: IPV4, IPV6. (required)
 * @param fixedAddresses Fixed addresses to assign (from the subnet defined by "subnetId" if provided). See note 2.
 * @param numDynamicAddresses Number of dynamic addresses to assign (from the subnet defined by "subnetId" if provided). See note 2.
 * @param addressRange An IP address range to be used, e.g. in case of egress connections. <p>In case this attribute is present, IP addresses from the range will be used. See note 2.
 * @param subnetId Subnet defined by the identifier of the subnet resource in the VIM. <p>In case this attribute is present, IP addresses from that subnet will be assigned; otherwise, IP addresses not bound to a subnet will be assigned.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "IpAddresses")
public record IpAddresses(
    @JsonProperty("type") @NotNull IpVersion type,
    @JsonProperty("fixedAddresses") @Nullable List<String> fixedAddresses,
    @JsonProperty("numDynamicAddresses") @Nullable Integer numDynamicAddresses,
    @JsonProperty("addressRange") @Valid @Nullable AddressRange addressRange,
    @JsonProperty("subnetId") @Nullable String subnetId) {

  /** Copies collections so the record stays immutable. */
  public IpAddresses {
    fixedAddresses = Copies.list(fixedAddresses);
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

  /** Builds {@link IpAddresses} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable IpVersion type;
    private @Nullable List<String> fixedAddresses;
    private @Nullable Integer numDynamicAddresses;
    private @Nullable AddressRange addressRange;
    private @Nullable String subnetId;

    private Builder() {}

    private Builder(IpAddresses source) {
      this.type = source.type;
      this.fixedAddresses = Copies.mutable(source.fixedAddresses);
      this.numDynamicAddresses = source.numDynamicAddresses;
      this.addressRange = source.addressRange;
      this.subnetId = source.subnetId;
    }

    /**
     * Sets {@code type}: The type of the IP addresses.
     *
     * @param type the value
     * @return this builder
     */
    public Builder type(@Nullable IpVersion type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@code fixedAddresses}: Fixed addresses to assign (from the subnet defined by "subnetId" if provided).
     *
     * @param fixedAddresses the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder fixedAddresses(@Nullable List<String> fixedAddresses) {
      this.fixedAddresses = Copies.mutable(fixedAddresses);
      return this;
    }

    /**
     * Appends one entry to {@code fixedAddresses}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addFixedAddress(String element) {
      this.fixedAddresses = Copies.add(this.fixedAddresses, element);
      return this;
    }

    /**
     * Sets {@code numDynamicAddresses}: Number of dynamic addresses to assign (from the subnet defined by "subnetId" if provided).
     *
     * @param numDynamicAddresses the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder numDynamicAddresses(@Nullable Integer numDynamicAddresses) {
      this.numDynamicAddresses = numDynamicAddresses;
      return this;
    }

    /**
     * Sets {@code addressRange}: An IP address range to be used, e.g.
     *
     * @param addressRange the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder addressRange(@Nullable AddressRange addressRange) {
      this.addressRange = addressRange;
      return this;
    }

    /**
     * Sets {@code subnetId}: Subnet defined by the identifier of the subnet resource in the VIM.
     *
     * @param subnetId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder subnetId(@Nullable String subnetId) {
      this.subnetId = subnetId;
      return this;
    }

    /**
     * Builds the {@link IpAddresses}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public IpAddresses build() {
      return new IpAddresses(type, fixedAddresses, numDynamicAddresses, addressRange, subnetId);
    }
  }
}
