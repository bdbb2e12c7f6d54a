package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The grant of one resource of a {@link GrantRequest}: where, and through which VIM connection, the resource may be
 * allocated.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.4.5 (MEC010-2_AppGrant.yaml, schema GrantInfo).
 *
 * @param resourceDefinitionId Identifier of the {@link ResourceDefinition} of the grant request that this entry
 *     grants.
 * @param vimConnectionId Identifier of the VIM connection to manage the resource; present for new resources, absent
 *     for resources already allocated.
 * @param zoneId Identifier of the {@link ZoneInfo} of the grant to place the resource in; present for new resources
 *     where zones apply (typically compute), absent for resources already allocated.
 * @param resourceGroupId Infrastructure resource group (a tenant's grouping of virtual resources in an infrastructure
 *     domain) to allocate the resource in; present for new resources if the VIM connection spans several groups,
 *     absent for resources already allocated.
 * @param containerNamespace Namespace in which to deploy the MCIOs of a containerised application; present if and
 *     only if the resources are managed by a CISM.
 * @param mcioConstraints Constraint values to assign to the MCIOs of a containerised application, each key one of the
 *     {@code mcioConstraintsParams} values of ETSI GS NFV-IFA 011 clause 7.1.6.2.2; present if and only if the
 *     resources are managed by a CISM.
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
     * Sets {@code resourceDefinitionId}: Identifier of the {@link ResourceDefinition} of the grant request that this
     * entry grants.
     *
     * @param resourceDefinitionId the value
     * @return this builder
     */
    public Builder resourceDefinitionId(@Nullable String resourceDefinitionId) {
      this.resourceDefinitionId = resourceDefinitionId;
      return this;
    }

    /**
     * Sets {@code vimConnectionId}: Identifier of the VIM connection to manage the resource.
     *
     * @param vimConnectionId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vimConnectionId(@Nullable String vimConnectionId) {
      this.vimConnectionId = vimConnectionId;
      return this;
    }

    /**
     * Sets {@code zoneId}: Identifier of the {@link ZoneInfo} of the grant to place the resource in.
     *
     * @param zoneId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder zoneId(@Nullable String zoneId) {
      this.zoneId = zoneId;
      return this;
    }

    /**
     * Sets {@code resourceGroupId}: Infrastructure resource group (a tenant's grouping of virtual resources in an
     * infrastructure domain) to allocate the resource in.
     *
     * @param resourceGroupId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder resourceGroupId(@Nullable String resourceGroupId) {
      this.resourceGroupId = resourceGroupId;
      return this;
    }

    /**
     * Sets {@code containerNamespace}: Namespace in which to deploy the MCIOs of a containerised application.
     *
     * @param containerNamespace the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder containerNamespace(@Nullable String containerNamespace) {
      this.containerNamespace = containerNamespace;
      return this;
    }

    /**
     * Sets {@code mcioConstraints}: Constraint values to assign to the MCIOs of a containerised application, each key
     * one of the {@code mcioConstraintsParams} values of ETSI GS NFV-IFA 011 clause 7.1.6.2.2.
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
