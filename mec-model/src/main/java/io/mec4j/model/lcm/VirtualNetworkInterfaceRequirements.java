package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * Requirements on the virtual network interface that realises a connection point, such as SR-IOV.
 *
 * <p>At least one of {@code standardizedNetworkInterfaceRequirements}, {@code networkInterfaceRequirements} and
 * {@code nicIoRequirements} is present.
 *
 * <p>An ETSI GS NFV-IFA 011 information element.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema VirtualNetworkInterfaceRequirements).
 *
 * @param name human-readable name of the requirement
 * @param description human-readable description of the requirement
 * @param standardizedNetworkInterfaceRequirements the standardised network interface capabilities required, e.g. SR-IOV
 *     or a secondary container cluster network interface
 * @param networkInterfaceRequirements further network interface requirements beyond the standardised ones
 * @param nicIoRequirements identifier of the {@link LogicalNodeRequirements} that hold the I/O requirements (for
 *     network devices) coupled with the connection point; the file gives no type, the spec text says it is a reference
 *     (see {@code docs/spec-deviations.md})
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "VirtualNetworkInterfaceRequirements")
public record VirtualNetworkInterfaceRequirements(
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("standardizedNetworkInterfaceRequirements") @Nullable String standardizedNetworkInterfaceRequirements,
    @JsonProperty("networkInterfaceRequirements") @Nullable String networkInterfaceRequirements,
    @JsonProperty("nicIoRequirements") @Nullable String nicIoRequirements) {

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

  /** Builds {@link VirtualNetworkInterfaceRequirements} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable String standardizedNetworkInterfaceRequirements;
    private @Nullable String networkInterfaceRequirements;
    private @Nullable String nicIoRequirements;

    private Builder() {}

    private Builder(VirtualNetworkInterfaceRequirements source) {
      this.name = source.name;
      this.description = source.description;
      this.standardizedNetworkInterfaceRequirements = source.standardizedNetworkInterfaceRequirements;
      this.networkInterfaceRequirements = source.networkInterfaceRequirements;
      this.nicIoRequirements = source.nicIoRequirements;
    }

    /**
     * Sets {@code name}: Human-readable name of the requirement.
     *
     * @param name the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code description}: Human-readable description of the requirement.
     *
     * @param description the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@code standardizedNetworkInterfaceRequirements}: The standardised network interface capabilities required,
     * e.g. SR-IOV or a secondary container cluster network interface.
     *
     * @param standardizedNetworkInterfaceRequirements the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder standardizedNetworkInterfaceRequirements(@Nullable String standardizedNetworkInterfaceRequirements) {
      this.standardizedNetworkInterfaceRequirements = standardizedNetworkInterfaceRequirements;
      return this;
    }

    /**
     * Sets {@code networkInterfaceRequirements}: Further network interface requirements beyond the standardised ones.
     *
     * @param networkInterfaceRequirements the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder networkInterfaceRequirements(@Nullable String networkInterfaceRequirements) {
      this.networkInterfaceRequirements = networkInterfaceRequirements;
      return this;
    }

    /**
     * Sets {@code nicIoRequirements}: Identifier of the {@link LogicalNodeRequirements} that hold the I/O requirements
     * (for network devices) coupled with the connection point; the file gives no type, the spec text says it is a
     * reference (see {@code docs/spec-deviations.md}).
     *
     * @param nicIoRequirements the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder nicIoRequirements(@Nullable String nicIoRequirements) {
      this.nicIoRequirements = nicIoRequirements;
      return this;
    }

    /**
     * Builds the {@link VirtualNetworkInterfaceRequirements}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public VirtualNetworkInterfaceRequirements build() {
      return new VirtualNetworkInterfaceRequirements(name, description, standardizedNetworkInterfaceRequirements, networkInterfaceRequirements, nicIoRequirements);
    }
  }
}
