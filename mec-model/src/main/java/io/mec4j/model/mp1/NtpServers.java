package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code NtpServers} data type of ETSI GS MEC 011.
 * <p>0..N
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema NtpServers).
 *
 * @param ntpServerAddrType the ntpServerAddrType attribute (required)
 * @param ntpServerAddr the ntpServerAddr attribute (required)
 * @param minPollingInterval the minPollingInterval attribute (required)
 * @param maxPollingInterval the maxPollingInterval attribute (required)
 * @param localPriority the localPriority attribute (required)
 * @param authenticationOption the authenticationOption attribute (required)
 * @param authenticationKeyNum the authenticationKeyNum attribute (required)
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "NtpServers")
public record NtpServers(
    @JsonProperty("ntpServerAddrType") @NotNull List<String> ntpServerAddrType,
    @JsonProperty("ntpServerAddr") @NotNull List<String> ntpServerAddr,
    @JsonProperty("minPollingInterval") @NotNull List<Long> minPollingInterval,
    @JsonProperty("maxPollingInterval") @NotNull List<Long> maxPollingInterval,
    @JsonProperty("localPriority") @NotNull List<Long> localPriority,
    @JsonProperty("authenticationOption") @NotNull List<String> authenticationOption,
    @JsonProperty("authenticationKeyNum") @NotNull List<Long> authenticationKeyNum) {

  /** Copies collections so the record stays immutable. */
  public NtpServers {
    ntpServerAddrType = Copies.list(ntpServerAddrType);
    ntpServerAddr = Copies.list(ntpServerAddr);
    minPollingInterval = Copies.list(minPollingInterval);
    maxPollingInterval = Copies.list(maxPollingInterval);
    localPriority = Copies.list(localPriority);
    authenticationOption = Copies.list(authenticationOption);
    authenticationKeyNum = Copies.list(authenticationKeyNum);
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

  /** Builds {@link NtpServers} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable List<String> ntpServerAddrType;
    private @Nullable List<String> ntpServerAddr;
    private @Nullable List<Long> minPollingInterval;
    private @Nullable List<Long> maxPollingInterval;
    private @Nullable List<Long> localPriority;
    private @Nullable List<String> authenticationOption;
    private @Nullable List<Long> authenticationKeyNum;

    private Builder() {}

    private Builder(NtpServers source) {
      this.ntpServerAddrType = Copies.mutable(source.ntpServerAddrType);
      this.ntpServerAddr = Copies.mutable(source.ntpServerAddr);
      this.minPollingInterval = Copies.mutable(source.minPollingInterval);
      this.maxPollingInterval = Copies.mutable(source.maxPollingInterval);
      this.localPriority = Copies.mutable(source.localPriority);
      this.authenticationOption = Copies.mutable(source.authenticationOption);
      this.authenticationKeyNum = Copies.mutable(source.authenticationKeyNum);
    }

    /**
     * Sets {@code ntpServerAddrType}: The ntpServerAddrType attribute.
     *
     * @param ntpServerAddrType the value
     * @return this builder
     */
    public Builder ntpServerAddrType(@Nullable List<String> ntpServerAddrType) {
      this.ntpServerAddrType = Copies.mutable(ntpServerAddrType);
      return this;
    }

    /**
     * Appends one entry to {@code ntpServerAddrType}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addNtpServerAddrType(String element) {
      this.ntpServerAddrType = Copies.add(this.ntpServerAddrType, element);
      return this;
    }

    /**
     * Sets {@code ntpServerAddr}: The ntpServerAddr attribute.
     *
     * @param ntpServerAddr the value
     * @return this builder
     */
    public Builder ntpServerAddr(@Nullable List<String> ntpServerAddr) {
      this.ntpServerAddr = Copies.mutable(ntpServerAddr);
      return this;
    }

    /**
     * Appends one entry to {@code ntpServerAddr}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addNtpServerAddr(String element) {
      this.ntpServerAddr = Copies.add(this.ntpServerAddr, element);
      return this;
    }

    /**
     * Sets {@code minPollingInterval}: The minPollingInterval attribute.
     *
     * @param minPollingInterval the value
     * @return this builder
     */
    public Builder minPollingInterval(@Nullable List<Long> minPollingInterval) {
      this.minPollingInterval = Copies.mutable(minPollingInterval);
      return this;
    }

    /**
     * Appends one entry to {@code minPollingInterval}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addMinPollingInterval(Long element) {
      this.minPollingInterval = Copies.add(this.minPollingInterval, element);
      return this;
    }

    /**
     * Sets {@code maxPollingInterval}: The maxPollingInterval attribute.
     *
     * @param maxPollingInterval the value
     * @return this builder
     */
    public Builder maxPollingInterval(@Nullable List<Long> maxPollingInterval) {
      this.maxPollingInterval = Copies.mutable(maxPollingInterval);
      return this;
    }

    /**
     * Appends one entry to {@code maxPollingInterval}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addMaxPollingInterval(Long element) {
      this.maxPollingInterval = Copies.add(this.maxPollingInterval, element);
      return this;
    }

    /**
     * Sets {@code localPriority}: The localPriority attribute.
     *
     * @param localPriority the value
     * @return this builder
     */
    public Builder localPriority(@Nullable List<Long> localPriority) {
      this.localPriority = Copies.mutable(localPriority);
      return this;
    }

    /**
     * Appends one entry to {@code localPriority}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addLocalPriority(Long element) {
      this.localPriority = Copies.add(this.localPriority, element);
      return this;
    }

    /**
     * Sets {@code authenticationOption}: The authenticationOption attribute.
     *
     * @param authenticationOption the value
     * @return this builder
     */
    public Builder authenticationOption(@Nullable List<String> authenticationOption) {
      this.authenticationOption = Copies.mutable(authenticationOption);
      return this;
    }

    /**
     * Appends one entry to {@code authenticationOption}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addAuthenticationOption(String element) {
      this.authenticationOption = Copies.add(this.authenticationOption, element);
      return this;
    }

    /**
     * Sets {@code authenticationKeyNum}: The authenticationKeyNum attribute.
     *
     * @param authenticationKeyNum the value
     * @return this builder
     */
    public Builder authenticationKeyNum(@Nullable List<Long> authenticationKeyNum) {
      this.authenticationKeyNum = Copies.mutable(authenticationKeyNum);
      return this;
    }

    /**
     * Appends one entry to {@code authenticationKeyNum}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addAuthenticationKeyNum(Long element) {
      this.authenticationKeyNum = Copies.add(this.authenticationKeyNum, element);
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
