package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A port exposed by a connection point: its name, L4 protocol and number, and whether the number may be configured.
 *
 * <p>An ETSI GS NFV-IFA 011 information element.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema ServicePortData).
 *
 * @param name name of the port
 * @param protocol L4 protocol of the port
 * @param port the port number
 * @param portConfigurable whether the port number may be configured
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "ServicePortData")
public record ServicePortData(
    @JsonProperty("name") @NotNull String name,
    @JsonProperty("protocol") @NotNull PortProtocol protocol,
    @JsonProperty("port") @NotNull Integer port,
    @JsonProperty("portConfigurable") @NotNull Boolean portConfigurable) {

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

  /** Builds {@link ServicePortData} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable PortProtocol protocol;
    private @Nullable Integer port;
    private @Nullable Boolean portConfigurable;

    private Builder() {}

    private Builder(ServicePortData source) {
      this.name = source.name;
      this.protocol = source.protocol;
      this.port = source.port;
      this.portConfigurable = source.portConfigurable;
    }

    /**
     * Sets {@code name}: Name of the port.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code protocol}: L4 protocol of the port.
     *
     * @param protocol the value
     * @return this builder
     */
    public Builder protocol(@Nullable PortProtocol protocol) {
      this.protocol = protocol;
      return this;
    }

    /**
     * Sets {@code port}: The port number.
     *
     * @param port the value
     * @return this builder
     */
    public Builder port(@Nullable Integer port) {
      this.port = port;
      return this;
    }

    /**
     * Sets {@code portConfigurable}: Whether the port number may be configured.
     *
     * @param portConfigurable the value
     * @return this builder
     */
    public Builder portConfigurable(@Nullable Boolean portConfigurable) {
      this.portConfigurable = portConfigurable;
      return this;
    }

    /**
     * Builds the {@link ServicePortData}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public ServicePortData build() {
      return new ServicePortData(name, protocol, port, portConfigurable);
    }
  }
}
