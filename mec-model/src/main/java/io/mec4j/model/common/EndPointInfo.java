package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a MEC service or transport can be reached: URIs, domain names, host and port pairs, or an
 * implementation-specific form.
 *
 * <p>Data type {@code EndPointInfo} of ETSI GS MEC 011, clause 8.1.5.3. Exactly one of the four attributes shall be
 * present; this is not checked by validation.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema EndPointInfo), ETSI GS MEC 011 (MEC011_AppSupport.yaml,
 * schema EndPointInfo), ETSI GS MEC 040 (MEC040_FederationEnablement.yaml, schema EndPointInfo).
 *
 * @param uris entry points as URIs (IETF RFC 3986); used for REST APIs
 * @param fqdn fully qualified domain names of the service
 * @param addresses entry points as host and port pairs
 * @param alternative entry point in a form defined by the implementation or by another specification
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "EndPointInfo")
@EtsiSchema(spec = "MEC011_AppSupport", name = "EndPointInfo")
@EtsiSchema(spec = "MEC040_FederationEnablement", name = "EndPointInfo")
public record EndPointInfo(
    @JsonProperty("uris") @Nullable List<String> uris,
    @JsonProperty("fqdn") @Nullable List<String> fqdn,
    @JsonProperty("addresses") @Nullable List<@Valid Addresses> addresses,
    @JsonProperty("alternative") @Nullable Map<String, Object> alternative) {

  /** Copies collections so the record stays immutable. */
  public EndPointInfo {
    uris = Copies.list(uris);
    fqdn = Copies.list(fqdn);
    addresses = Copies.list(addresses);
    alternative = Copies.map(alternative);
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

  /** Builds {@link EndPointInfo} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable List<String> uris;
    private @Nullable List<String> fqdn;
    private @Nullable List<Addresses> addresses;
    private @Nullable Map<String, Object> alternative;

    private Builder() {}

    private Builder(EndPointInfo source) {
      this.uris = Copies.mutable(source.uris);
      this.fqdn = Copies.mutable(source.fqdn);
      this.addresses = Copies.mutable(source.addresses);
      this.alternative = Copies.mutable(source.alternative);
    }

    /**
     * Sets {@code uris}: entry points as URIs (IETF RFC 3986); used for REST APIs.
     *
     * @param uris the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder uris(@Nullable List<String> uris) {
      this.uris = Copies.mutable(uris);
      return this;
    }

    /**
     * Appends one entry to {@code uris}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addUri(String element) {
      this.uris = Copies.add(this.uris, element);
      return this;
    }

    /**
     * Sets {@code fqdn}: fully qualified domain names of the service.
     *
     * @param fqdn the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder fqdn(@Nullable List<String> fqdn) {
      this.fqdn = Copies.mutable(fqdn);
      return this;
    }

    /**
     * Appends one entry to {@code fqdn}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addFqdn(String element) {
      this.fqdn = Copies.add(this.fqdn, element);
      return this;
    }

    /**
     * Sets {@code addresses}: entry points as host and port pairs.
     *
     * @param addresses the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder addresses(@Nullable List<Addresses> addresses) {
      this.addresses = Copies.mutable(addresses);
      return this;
    }

    /**
     * Appends one entry to {@code addresses}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addAddress(Addresses element) {
      this.addresses = Copies.add(this.addresses, element);
      return this;
    }

    /**
     * Sets {@code alternative}: entry point in a form defined by the implementation or by another specification.
     *
     * @param alternative the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder alternative(@Nullable Map<String, Object> alternative) {
      this.alternative = Copies.mutable(alternative);
      return this;
    }

    /**
     * Puts one entry into {@code alternative}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putAlternative(String key, Object value) {
      this.alternative = Copies.put(this.alternative, key, value);
      return this;
    }

    /**
     * Builds the {@link EndPointInfo}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public EndPointInfo build() {
      return new EndPointInfo(uris, fqdn, addresses, alternative);
    }
  }
}
