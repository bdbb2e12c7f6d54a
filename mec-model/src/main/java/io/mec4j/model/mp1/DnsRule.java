package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.IpAddressType;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code DnsRule} data type of ETSI GS MEC 011 (clause 7.1.2.3).
 * <p>  NOTE: If no ttl value is provided, the DnsRule shall not expire.
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema DnsRule).
 *
 * @param dnsRuleId Identifies the DNS Rule. (required)
 * @param domainName FQDN resolved by the DNS rule. (required)
 * @param ipAddressType Specify the IP address type, value: IP_V6, IP_V4. (required)
 * @param ipAddress IP address associated with the FQDN resolved by the DNS rule. (required)
 * @param ttl Time to live value, in seconds.
 * @param state Contains the DNS rule state: ACTIVE, INACTIVE. This attribute may be updated using HTTP PUT method. (required)
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "DnsRule")
public record DnsRule(
    @JsonProperty("dnsRuleId") @NotNull String dnsRuleId,
    @JsonProperty("domainName") @NotNull String domainName,
    @JsonProperty("ipAddressType") @NotNull IpAddressType ipAddressType,
    @JsonProperty("ipAddress") @NotNull String ipAddress,
    @JsonProperty("ttl") @Nullable Integer ttl,
    @JsonProperty("state") @NotNull RuleState state) {

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

  /** Builds {@link DnsRule} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String dnsRuleId;
    private @Nullable String domainName;
    private @Nullable IpAddressType ipAddressType;
    private @Nullable String ipAddress;
    private @Nullable Integer ttl;
    private @Nullable RuleState state;

    private Builder() {}

    private Builder(DnsRule source) {
      this.dnsRuleId = source.dnsRuleId;
      this.domainName = source.domainName;
      this.ipAddressType = source.ipAddressType;
      this.ipAddress = source.ipAddress;
      this.ttl = source.ttl;
      this.state = source.state;
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
     * Sets {@code domainName}: FQDN resolved by the DNS rule.
     *
     * @param domainName the value
     * @return this builder
     */
    public Builder domainName(@Nullable String domainName) {
      this.domainName = domainName;
      return this;
    }

    /**
     * Sets {@code ipAddressType}: Specify the IP address type, value: IP_V6, IP_V4.
     *
     * @param ipAddressType the value
     * @return this builder
     */
    public Builder ipAddressType(@Nullable IpAddressType ipAddressType) {
      this.ipAddressType = ipAddressType;
      return this;
    }

    /**
     * Sets {@code ipAddress}: IP address associated with the FQDN resolved by the DNS rule.
     *
     * @param ipAddress the value
     * @return this builder
     */
    public Builder ipAddress(@Nullable String ipAddress) {
      this.ipAddress = ipAddress;
      return this;
    }

    /**
     * Sets {@code ttl}: Time to live value, in seconds.
     *
     * @param ttl the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder ttl(@Nullable Integer ttl) {
      this.ttl = ttl;
      return this;
    }

    /**
     * Sets {@code state}: Contains the DNS rule state: ACTIVE, INACTIVE.
     *
     * @param state the value
     * @return this builder
     */
    public Builder state(@Nullable RuleState state) {
      this.state = state;
      return this;
    }

    /**
     * Builds the {@link DnsRule}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public DnsRule build() {
      return new DnsRule(dnsRuleId, domainName, ipAddressType, ipAddress, ttl, state);
    }
  }
}
