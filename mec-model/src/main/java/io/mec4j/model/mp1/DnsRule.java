package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.IpAddressType;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A DNS rule of a MEC application: the MEC platform's DNS server resolves a domain name to a given IP address.
 *
 * <p>Data type {@code DnsRule} of ETSI GS MEC 011, clause 7.1.2.3. A rule without {@code ttl} does not expire.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema DnsRule).
 *
 * @param dnsRuleId identifier of the rule
 * @param domainName fully qualified domain name the rule resolves
 * @param ipAddressType IP version of {@code ipAddress}
 * @param ipAddress IP address the domain name resolves to
 * @param ttl time to live of the resolution, in seconds; the rule does not expire when absent
 * @param state whether the rule is applied; a MEC application may change it with PUT
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
     * Sets {@code dnsRuleId}: identifier of the rule.
     *
     * @param dnsRuleId the value
     * @return this builder
     */
    public Builder dnsRuleId(@Nullable String dnsRuleId) {
      this.dnsRuleId = dnsRuleId;
      return this;
    }

    /**
     * Sets {@code domainName}: fully qualified domain name the rule resolves.
     *
     * @param domainName the value
     * @return this builder
     */
    public Builder domainName(@Nullable String domainName) {
      this.domainName = domainName;
      return this;
    }

    /**
     * Sets {@code ipAddressType}: IP version of {@code ipAddress}.
     *
     * @param ipAddressType the value
     * @return this builder
     */
    public Builder ipAddressType(@Nullable IpAddressType ipAddressType) {
      this.ipAddressType = ipAddressType;
      return this;
    }

    /**
     * Sets {@code ipAddress}: IP address the domain name resolves to.
     *
     * @param ipAddress the value
     * @return this builder
     */
    public Builder ipAddress(@Nullable String ipAddress) {
      this.ipAddress = ipAddress;
      return this;
    }

    /**
     * Sets {@code ttl}: time to live of the resolution, in seconds.
     *
     * @param ttl the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder ttl(@Nullable Integer ttl) {
      this.ttl = ttl;
      return this;
    }

    /**
     * Sets {@code state}: whether the rule is applied; a MEC application may change it with PUT.
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
