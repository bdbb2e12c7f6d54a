package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code VirtualNetworkInterfaceRequirements} data type of ETSI GS MEC 010-2.
 * <p>NOTE: At least one of the attributes "standardizedNetworkInterfaceRequirements", "networkInterfaceRequirements", "nicIoRequirements" shall be present
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema VirtualNetworkInterfaceRequirements).
 *
 * @param name Provides a human readable name for the requirement.
 * @param description Provides a human readable description of the requirement.
 * @param standardizedNetworkInterfaceRequirements The requirements on standardized network interface capabilities, e.g. SR-IOV or secondary container cluster network interface deployment requirements.See note
 * @param networkInterfaceRequirements The additional network interface requirements beyond those specified in the standardizedNetworkInterfaceRequirements attribute.An element from an array of key-value pairs that articulate the network interface deployment requirements.See note.
 * @param nicIoRequirements This references (couples) the CPD with any logical node I/O requirements (for network devices) that may have been created. Linking these attributes is necessary so that I/O requirements that need to be articulated at the logical node level can be associated with the network interface requirements associated with the CPD.See note
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "VirtualNetworkInterfaceRequirements")
public record VirtualNetworkInterfaceRequirements(
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("standardizedNetworkInterfaceRequirements") @Nullable String standardizedNetworkInterfaceRequirements,
    @JsonProperty("networkInterfaceRequirements") @Nullable String networkInterfaceRequirements,
    @JsonProperty("nicIoRequirements") @Nullable Map<String, Object> nicIoRequirements) {

  /** Copies collections so the record stays immutable. */
  public VirtualNetworkInterfaceRequirements {
    nicIoRequirements = Copies.map(nicIoRequirements);
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

  /** Builds {@link VirtualNetworkInterfaceRequirements} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable String standardizedNetworkInterfaceRequirements;
    private @Nullable String networkInterfaceRequirements;
    private @Nullable Map<String, Object> nicIoRequirements;

    private Builder() {}

    private Builder(VirtualNetworkInterfaceRequirements source) {
      this.name = source.name;
      this.description = source.description;
      this.standardizedNetworkInterfaceRequirements = source.standardizedNetworkInterfaceRequirements;
      this.networkInterfaceRequirements = source.networkInterfaceRequirements;
      this.nicIoRequirements = Copies.mutable(source.nicIoRequirements);
    }

    /**
     * Sets {@code name}: Provides a human readable name for the requirement.
     *
     * @param name the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code description}: Provides a human readable description of the requirement.
     *
     * @param description the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@code standardizedNetworkInterfaceRequirements}: The requirements on standardized network interface capabilities, e.g.
     *
     * @param standardizedNetworkInterfaceRequirements the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder standardizedNetworkInterfaceRequirements(@Nullable String standardizedNetworkInterfaceRequirements) {
      this.standardizedNetworkInterfaceRequirements = standardizedNetworkInterfaceRequirements;
      return this;
    }

    /**
     * Sets {@code networkInterfaceRequirements}: The additional network interface requirements beyond those specified in the standardizedNetworkInterfaceRequirements attribute.An element from an array of key-value pairs that articulate the network interface deployment requirements.See note.
     *
     * @param networkInterfaceRequirements the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder networkInterfaceRequirements(@Nullable String networkInterfaceRequirements) {
      this.networkInterfaceRequirements = networkInterfaceRequirements;
      return this;
    }

    /**
     * Sets {@code nicIoRequirements}: This references (couples) the CPD with any logical node I/O requirements (for network devices) that may have been created.
     *
     * @param nicIoRequirements the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder nicIoRequirements(@Nullable Map<String, Object> nicIoRequirements) {
      this.nicIoRequirements = Copies.mutable(nicIoRequirements);
      return this;
    }

    /**
     * Puts one entry into {@code nicIoRequirements}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putNicIoRequirement(String key, Object value) {
      this.nicIoRequirements = Copies.put(this.nicIoRequirements, key, value);
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
