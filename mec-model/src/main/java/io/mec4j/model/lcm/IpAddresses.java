package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * IP addresses to assign to a connection point from one subnet: fixed addresses, a number of dynamic addresses or an
 * address range.
 *
 * <p>Exactly one of {@code fixedAddresses}, {@code numDynamicAddresses} and {@code addressRange} is present.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema IpAddresses).
 *
 * @param type IP version of the addresses.
 * @param fixedAddresses Fixed addresses to assign, from the subnet {@code subnetId} if given.
 * @param numDynamicAddresses Number of dynamic addresses to assign, from the subnet {@code subnetId} if given.
 * @param addressRange Range to assign addresses from, e.g. for egress connections.
 * @param subnetId Identifier of the subnet resource in the VIM to assign addresses from; if absent, addresses not
 *     bound to a subnet are assigned.
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
     * Sets {@code type}: IP version of the addresses.
     *
     * @param type the value
     * @return this builder
     */
    public Builder type(@Nullable IpVersion type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@code fixedAddresses}: Fixed addresses to assign, from the subnet {@code subnetId} if given.
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
     * Sets {@code numDynamicAddresses}: Number of dynamic addresses to assign, from the subnet {@code subnetId} if
     * given.
     *
     * @param numDynamicAddresses the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder numDynamicAddresses(@Nullable Integer numDynamicAddresses) {
      this.numDynamicAddresses = numDynamicAddresses;
      return this;
    }

    /**
     * Sets {@code addressRange}: Range to assign addresses from, e.g. for egress connections.
     *
     * @param addressRange the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder addressRange(@Nullable AddressRange addressRange) {
      this.addressRange = addressRange;
      return this;
    }

    /**
     * Sets {@code subnetId}: Identifier of the subnet resource in the VIM to assign addresses from.
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
