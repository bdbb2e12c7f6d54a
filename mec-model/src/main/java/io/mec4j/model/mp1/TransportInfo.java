package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.EndPointInfo;
import io.mec4j.model.common.SecurityInfo;
import io.mec4j.model.common.TransportType;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A transport over which a MEC service is provided: its kind, protocol, end point and security.
 *
 * <p>Data type {@code TransportInfo} of ETSI GS MEC 011, clause 8.1.2.3.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema TransportInfo).
 *
 * @param id identifier of the transport
 * @param name name of the transport
 * @param description human-readable description of the transport
 * @param type kind of transport
 * @param protocol name of the protocol; {@code HTTP} for a REST API
 * @param version version of the protocol
 * @param endpoint where the transport can be reached
 * @param security how the transport is secured
 * @param implSpecificInfo additional implementation-specific details of the transport
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "TransportInfo")
public record TransportInfo(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("name") @NotNull String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("type") @NotNull TransportType type,
    @JsonProperty("protocol") @NotNull String protocol,
    @JsonProperty("version") @NotNull String version,
    @JsonProperty("endpoint") @NotNull @Valid EndPointInfo endpoint,
    @JsonProperty("security") @NotNull @Valid SecurityInfo security,
    @JsonProperty("implSpecificInfo") @Nullable Map<String, Object> implSpecificInfo) {

  /** Copies collections so the record stays immutable. */
  public TransportInfo {
    implSpecificInfo = Copies.map(implSpecificInfo);
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

  /** Builds {@link TransportInfo} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable TransportType type;
    private @Nullable String protocol;
    private @Nullable String version;
    private @Nullable EndPointInfo endpoint;
    private @Nullable SecurityInfo security;
    private @Nullable Map<String, Object> implSpecificInfo;

    private Builder() {}

    private Builder(TransportInfo source) {
      this.id = source.id;
      this.name = source.name;
      this.description = source.description;
      this.type = source.type;
      this.protocol = source.protocol;
      this.version = source.version;
      this.endpoint = source.endpoint;
      this.security = source.security;
      this.implSpecificInfo = Copies.mutable(source.implSpecificInfo);
    }

    /**
     * Sets {@code id}: identifier of the transport.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code name}: name of the transport.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code description}: human-readable description of the transport.
     *
     * @param description the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@code type}: kind of transport.
     *
     * @param type the value
     * @return this builder
     */
    public Builder type(@Nullable TransportType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@code protocol}: name of the protocol; {@code HTTP} for a REST API.
     *
     * @param protocol the value
     * @return this builder
     */
    public Builder protocol(@Nullable String protocol) {
      this.protocol = protocol;
      return this;
    }

    /**
     * Sets {@code version}: version of the protocol.
     *
     * @param version the value
     * @return this builder
     */
    public Builder version(@Nullable String version) {
      this.version = version;
      return this;
    }

    /**
     * Sets {@code endpoint}: where the transport can be reached.
     *
     * @param endpoint the value
     * @return this builder
     */
    public Builder endpoint(@Nullable EndPointInfo endpoint) {
      this.endpoint = endpoint;
      return this;
    }

    /**
     * Sets {@code security}: how the transport is secured.
     *
     * @param security the value
     * @return this builder
     */
    public Builder security(@Nullable SecurityInfo security) {
      this.security = security;
      return this;
    }

    /**
     * Sets {@code implSpecificInfo}: additional implementation-specific details of the transport.
     *
     * @param implSpecificInfo the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder implSpecificInfo(@Nullable Map<String, Object> implSpecificInfo) {
      this.implSpecificInfo = Copies.mutable(implSpecificInfo);
      return this;
    }

    /**
     * Puts one entry into {@code implSpecificInfo}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putImplSpecificInfo(String key, Object value) {
      this.implSpecificInfo = Copies.put(this.implSpecificInfo, key, value);
      return this;
    }

    /**
     * Builds the {@link TransportInfo}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public TransportInfo build() {
      return new TransportInfo(id, name, description, type, protocol, version, endpoint, security, implSpecificInfo);
    }
  }
}
