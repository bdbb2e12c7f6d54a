package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.IpAddressType;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code DNSRuleDescriptor} data type of ETSI GS MEC 010-2 (clause 6.2.1.13).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema DNSRuleDescriptor), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema DNSRuleDescriptor).
 *
 * @param dnsRuleId Identifies the DNS Rule (required)
 * @param domainName FQDN of the DNS rule (required)
 * @param ipAddressType Specifies the IP address type, value: IP_V6, IP_V4 (required)
 * @param ipAddress IP address given by the DNS rule (required)
 * @param ttl Time-to-live value
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "DNSRuleDescriptor")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "DNSRuleDescriptor")
public record DNSRuleDescriptor(
    @JsonProperty("dnsRuleId") @NotNull String dnsRuleId,
    @JsonProperty("domainName") @NotNull String domainName,
    @JsonProperty("ipAddressType") @NotNull IpAddressType ipAddressType,
    @JsonProperty("ipAddress") @NotNull String ipAddress,
    @JsonProperty("ttl") @Nullable Integer ttl) {

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

  /** Builds {@link DNSRuleDescriptor} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String dnsRuleId;
    private @Nullable String domainName;
    private @Nullable IpAddressType ipAddressType;
    private @Nullable String ipAddress;
    private @Nullable Integer ttl;

    private Builder() {}

    private Builder(DNSRuleDescriptor source) {
      this.dnsRuleId = source.dnsRuleId;
      this.domainName = source.domainName;
      this.ipAddressType = source.ipAddressType;
      this.ipAddress = source.ipAddress;
      this.ttl = source.ttl;
    }

    /**
     * Sets {@code dnsRuleId}: Identifies the DNS Rule.
     *
     * @param dnsRuleId the value
     * @return this builder
     */
    public Builder dnsRuleId(@Nullable String dnsRuleId) {
      this.dnsRuleId = dnsRuleId;
      return this;
    }

    /**
     * Sets {@code domainName}: FQDN of the DNS rule.
     *
     * @param domainName the value
     * @return this builder
     */
    public Builder domainName(@Nullable String domainName) {
      this.domainName = domainName;
      return this;
    }

    /**
     * Sets {@code ipAddressType}: Specifies the IP address type, value: IP_V6, IP_V4.
     *
     * @param ipAddressType the value
     * @return this builder
     */
    public Builder ipAddressType(@Nullable IpAddressType ipAddressType) {
      this.ipAddressType = ipAddressType;
      return this;
    }

    /**
     * Sets {@code ipAddress}: IP address given by the DNS rule.
     *
     * @param ipAddress the value
     * @return this builder
     */
    public Builder ipAddress(@Nullable String ipAddress) {
      this.ipAddress = ipAddress;
      return this;
    }

    /**
     * Sets {@code ttl}: Time-to-live value.
     *
     * @param ttl the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder ttl(@Nullable Integer ttl) {
      this.ttl = ttl;
      return this;
    }

    /**
     * Builds the {@link DNSRuleDescriptor}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public DNSRuleDescriptor build() {
      return new DNSRuleDescriptor(dnsRuleId, domainName, ipAddressType, ipAddress, ttl);
    }
  }
}
