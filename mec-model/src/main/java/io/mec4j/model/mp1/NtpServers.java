package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * An NTP server that the MEC platform offers for time synchronization.
 *
 * <p>Inlined type {@code ntpServers} of {@code TimingCaps}, ETSI GS MEC 011, clause 7.1.2.4.
 * {@code MEC011_AppSupport.yaml} declares every attribute as an array and all as required; they are single values and
 * {@code authenticationKeyNum} is optional, as in the spec text and MEC 011 v2.1.1 (see
 * {@code docs/spec-deviations.md}).
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema NtpServers).
 *
 * @param ntpServerAddrType whether {@code ntpServerAddr} is an IP address or a DNS name
 * @param ntpServerAddr address of the NTP server
 * @param minPollingInterval minimum poll interval for NTP messages, in seconds as a power of two (3 to 17)
 * @param maxPollingInterval maximum poll interval for NTP messages, in seconds as a power of two (3 to 17)
 * @param localPriority local priority of the NTP server
 * @param authenticationOption authentication the NTP server uses
 * @param authenticationKeyNum authentication key number; present when {@code authenticationOption} is
 *     {@link NtpAuthenticationOption#SYMMETRIC_KEY}
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "NtpServers")
public record NtpServers(
    @JsonProperty("ntpServerAddrType") @NotNull NtpServerAddressType ntpServerAddrType,
    @JsonProperty("ntpServerAddr") @NotNull String ntpServerAddr,
    @JsonProperty("minPollingInterval") @NotNull Long minPollingInterval,
    @JsonProperty("maxPollingInterval") @NotNull Long maxPollingInterval,
    @JsonProperty("localPriority") @NotNull Long localPriority,
    @JsonProperty("authenticationOption") @NotNull NtpAuthenticationOption authenticationOption,
    @JsonProperty("authenticationKeyNum") @Nullable Long authenticationKeyNum) {

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

  /** Builds {@link NtpServers} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable NtpServerAddressType ntpServerAddrType;
    private @Nullable String ntpServerAddr;
    private @Nullable Long minPollingInterval;
    private @Nullable Long maxPollingInterval;
    private @Nullable Long localPriority;
    private @Nullable NtpAuthenticationOption authenticationOption;
    private @Nullable Long authenticationKeyNum;

    private Builder() {}

    private Builder(NtpServers source) {
      this.ntpServerAddrType = source.ntpServerAddrType;
      this.ntpServerAddr = source.ntpServerAddr;
      this.minPollingInterval = source.minPollingInterval;
      this.maxPollingInterval = source.maxPollingInterval;
      this.localPriority = source.localPriority;
      this.authenticationOption = source.authenticationOption;
      this.authenticationKeyNum = source.authenticationKeyNum;
    }

    /**
     * Sets {@code ntpServerAddrType}: whether {@code ntpServerAddr} is an IP address or a DNS name.
     *
     * @param ntpServerAddrType the value
     * @return this builder
     */
    public Builder ntpServerAddrType(@Nullable NtpServerAddressType ntpServerAddrType) {
      this.ntpServerAddrType = ntpServerAddrType;
      return this;
    }

    /**
     * Sets {@code ntpServerAddr}: address of the NTP server.
     *
     * @param ntpServerAddr the value
     * @return this builder
     */
    public Builder ntpServerAddr(@Nullable String ntpServerAddr) {
      this.ntpServerAddr = ntpServerAddr;
      return this;
    }

    /**
     * Sets {@code minPollingInterval}: minimum poll interval for NTP messages, in seconds as a power of two.
     *
     * @param minPollingInterval the value
     * @return this builder
     */
    public Builder minPollingInterval(@Nullable Long minPollingInterval) {
      this.minPollingInterval = minPollingInterval;
      return this;
    }

    /**
     * Sets {@code maxPollingInterval}: maximum poll interval for NTP messages, in seconds as a power of two.
     *
     * @param maxPollingInterval the value
     * @return this builder
     */
    public Builder maxPollingInterval(@Nullable Long maxPollingInterval) {
      this.maxPollingInterval = maxPollingInterval;
      return this;
    }

    /**
     * Sets {@code localPriority}: local priority of the NTP server.
     *
     * @param localPriority the value
     * @return this builder
     */
    public Builder localPriority(@Nullable Long localPriority) {
      this.localPriority = localPriority;
      return this;
    }

    /**
     * Sets {@code authenticationOption}: authentication the NTP server uses.
     *
     * @param authenticationOption the value
     * @return this builder
     */
    public Builder authenticationOption(@Nullable NtpAuthenticationOption authenticationOption) {
      this.authenticationOption = authenticationOption;
      return this;
    }

    /**
     * Sets {@code authenticationKeyNum}: authentication key number.
     *
     * @param authenticationKeyNum the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder authenticationKeyNum(@Nullable Long authenticationKeyNum) {
      this.authenticationKeyNum = authenticationKeyNum;
      return this;
    }

    /**
     * Builds the {@link NtpServers}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public NtpServers build() {
      return new NtpServers(ntpServerAddrType, ntpServerAddr, minPollingInterval, maxPollingInterval, localPriority, authenticationOption, authenticationKeyNum);
    }
  }
}
