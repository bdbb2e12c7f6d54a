package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.IpAddressType;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A DNS rule a MEC application requires: the MEC platform's DNS server is to resolve a domain name to a given IP
 * address.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.1.13.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema DNSRuleDescriptor), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema DNSRuleDescriptor).
 *
 * @param dnsRuleId identifier of the DNS rule
 * @param domainName the FQDN to resolve
 * @param ipAddressType type of {@code ipAddress}: {@code IP_V4} or {@code IP_V6}
 * @param ipAddress the IP address the domain name resolves to
 * @param ttl time to live of the answer, in seconds
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
     * Sets {@code dnsRuleId}: Identifier of the DNS rule.
     *
     * @param dnsRuleId the value
     * @return this builder
     */
    public Builder dnsRuleId(@Nullable String dnsRuleId) {
      this.dnsRuleId = dnsRuleId;
      return this;
    }

    /**
     * Sets {@code domainName}: The FQDN to resolve.
     *
     * @param domainName the value
     * @return this builder
     */
    public Builder domainName(@Nullable String domainName) {
      this.domainName = domainName;
      return this;
    }

    /**
     * Sets {@code ipAddressType}: Type of {@code ipAddress}: {@code IP_V4} or {@code IP_V6}.
     *
     * @param ipAddressType the value
     * @return this builder
     */
    public Builder ipAddressType(@Nullable IpAddressType ipAddressType) {
      this.ipAddressType = ipAddressType;
      return this;
    }

    /**
     * Sets {@code ipAddress}: The IP address the domain name resolves to.
     *
     * @param ipAddress the value
     * @return this builder
     */
    public Builder ipAddress(@Nullable String ipAddress) {
      this.ipAddress = ipAddress;
      return this;
    }

    /**
     * Sets {@code ttl}: Time to live of the answer, in seconds.
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
