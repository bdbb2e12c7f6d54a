package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code GrantInfo} data type of ETSI GS MEC 010-2 (clause 6.2.4.5).
 * <p>  NOTE: This attribute reflects the ETSI NFV interpretation of the cloud native workloads.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema GrantInfo).
 *
 * @param resourceDefinitionId Identifier of the related "ResourceDefinition" structure from the related "GrantRequest" structure. (required)
 * @param vimConnectionId Identifier of the VIM connection to be used to manage this resource. Shall be present for new resources, and shall be absent for resources that have already been allocated.
 * @param zoneId Reference to the identifier of the "ZoneInfo" structure in the "Grant" structure defining the resource zone into which this resource is to be placed. Shall be present for new resources if the zones concept is applicable to them (typically, Compute resources), and shall be absent for resources that have already been allocated.
 * @param resourceGroupId Identifier of the "infrastructure resource group", logical grouping of virtual resources assigned to a tenant within an Infrastructure Domain, to be provided when allocating the resource. If the VIM connection referenced by "vimConnectionId" applies to multiple infrastructure resource groups, this attribute shall be present for new resources. If the VIM connection referenced by "vimConnectionId" applies to a single infrastructure resource group, this attribute may be present for new resources. This attribute shall be absent for resources that have already been allocated.
 * @param containerNamespace The value of the namespace in which the MCIOs of an application with containerized components shall be deployed. This attribute shall be present if the granted resources are managed by a CISM. The attribute shall be absent if the granted resources are not managed by a CISM. See note.
 * @param mcioConstraints The constraint values to be assigned to MCIOs of an application with containerized components. The key in the key-value pair indicates the parameter name of the MCIO constraint in the MCIO declarative descriptor and shall be one of the possible enumeration values of the "mcioConstraintsParams" attribute as specified in clause 7.1.6.2.2 of ETSI GS NFV-IFA 011 [1]. The value in the key-value pair indicates the value to be assigned to the MCIO constraint. This attribute shall be present if the granted resources are managed by a CISM. The attribute shall be absent if the granted resources are not managed by a CISM. See note.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "GrantInfo")
public record GrantInfo(
    @JsonProperty("resourceDefinitionId") @NotNull String resourceDefinitionId,
    @JsonProperty("vimConnectionId") @Nullable String vimConnectionId,
    @JsonProperty("zoneId") @Nullable String zoneId,
    @JsonProperty("resourceGroupId") @Nullable String resourceGroupId,
    @JsonProperty("containerNamespace") @Nullable String containerNamespace,
    @JsonProperty("mcioConstraints") @Nullable List<@Valid KeyValuePair> mcioConstraints) {

  /** Copies collections so the record stays immutable. */
  public GrantInfo {
    mcioConstraints = Copies.list(mcioConstraints);
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

  /** Builds {@link GrantInfo} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String resourceDefinitionId;
    private @Nullable String vimConnectionId;
    private @Nullable String zoneId;
    private @Nullable String resourceGroupId;
    private @Nullable String containerNamespace;
    private @Nullable List<KeyValuePair> mcioConstraints;

    private Builder() {}

    private Builder(GrantInfo source) {
      this.resourceDefinitionId = source.resourceDefinitionId;
      this.vimConnectionId = source.vimConnectionId;
      this.zoneId = source.zoneId;
      this.resourceGroupId = source.resourceGroupId;
      this.containerNamespace = source.containerNamespace;
      this.mcioConstraints = Copies.mutable(source.mcioConstraints);
    }

    /**
     * Sets {@code resourceDefinitionId}: Identifier of the related "ResourceDefinition" structure from the related "GrantRequest" structure.
     *
     * @param resourceDefinitionId the value
     * @return this builder
     */
    public Builder resourceDefinitionId(@Nullable String resourceDefinitionId) {
      this.resourceDefinitionId = resourceDefinitionId;
      return this;
    }

    /**
     * Sets {@code vimConnectionId}: Identifier of the VIM connection to be used to manage this resource.
     *
     * @param vimConnectionId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vimConnectionId(@Nullable String vimConnectionId) {
      this.vimConnectionId = vimConnectionId;
      return this;
    }

    /**
     * Sets {@code zoneId}: Reference to the identifier of the "ZoneInfo" structure in the "Grant" structure defining the resource zone into which this resource is to be placed.
     *
     * @param zoneId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder zoneId(@Nullable String zoneId) {
      this.zoneId = zoneId;
      return this;
    }

    /**
     * Sets {@code resourceGroupId}: Identifier of the "infrastructure resource group", logical grouping of virtual resources assigned to a tenant within an Infrastructure Domain, to be provided when allocating the resource.
     *
     * @param resourceGroupId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder resourceGroupId(@Nullable String resourceGroupId) {
      this.resourceGroupId = resourceGroupId;
      return this;
    }

    /**
     * Sets {@code containerNamespace}: The value of the namespace in which the MCIOs of an application with containerized components shall be deployed.
     *
     * @param containerNamespace the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder containerNamespace(@Nullable String containerNamespace) {
      this.containerNamespace = containerNamespace;
      return this;
    }

    /**
     * Sets {@code mcioConstraints}: The constraint values to be assigned to MCIOs of an application with containerized components.
     *
     * @param mcioConstraints the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder mcioConstraints(@Nullable List<KeyValuePair> mcioConstraints) {
      this.mcioConstraints = Copies.mutable(mcioConstraints);
      return this;
    }

    /**
     * Appends one entry to {@code mcioConstraints}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addMcioConstraint(KeyValuePair element) {
      this.mcioConstraints = Copies.add(this.mcioConstraints, element);
      return this;
    }

    /**
     * Builds the {@link GrantInfo}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public GrantInfo build() {
      return new GrantInfo(resourceDefinitionId, vimConnectionId, zoneId, resourceGroupId, containerNamespace, mcioConstraints);
    }
  }
}
