package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ResourceDefinition} data type of ETSI GS MEC 010-2 (clause 6.2.4.3).
 * <p>  NOTE: This permitted value reflects the ETSI NFV interpretation of the cloud native workloads.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema ResourceDefinition).
 *
 * @param id Identifier of this "ResourceDefinition" structure, unique at least within the scope of the "GrantRequest" structure. (required)
 * @param type Type of the resource definition referenced. Permitted values: COMPUTE. STORAGE. LINKPORT OSCONTAINER, see note. (required)
 * @param vduId Reference to the related VDU in the AppD applicable to this resource. Shall only be present if a VDU is applicable to this resource.
 * @param resourceTemplateId Reference to a resource template in the AppD as follows: If type="COMPUTE": VirtualComputeDescriptor, If type="LINKPORT": AppExtCpd, If type="STORAGE": VirtualStorageDescriptor, If type="OSCONTAINER": osContainerDescriptor. Cardinality may be greater than "1" when Type ="OSCONTAINER" and multiple references to OsContainerDescriptor are present in the AppD. Cardinality shall be "1" otherwise. (required)
 * @param resource Resource information for an existing resource. Shall be present for resources that are planned to be deleted or modified. Shall be absent otherwise. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "ResourceDefinition")
public record ResourceDefinition(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("type") @NotNull ResourceType type,
    @JsonProperty("vduId") @Nullable String vduId,
    @JsonProperty("resourceTemplateId") @NotNull @Size(min = 1) List<String> resourceTemplateId,
    @JsonProperty("resource") @NotNull @Valid Resource resource) {

  /** Copies collections so the record stays immutable. */
  public ResourceDefinition {
    resourceTemplateId = Copies.list(resourceTemplateId);
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

  /** Builds {@link ResourceDefinition} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable ResourceType type;
    private @Nullable String vduId;
    private @Nullable List<String> resourceTemplateId;
    private @Nullable Resource resource;

    private Builder() {}

    private Builder(ResourceDefinition source) {
      this.id = source.id;
      this.type = source.type;
      this.vduId = source.vduId;
      this.resourceTemplateId = Copies.mutable(source.resourceTemplateId);
      this.resource = source.resource;
    }

    /**
     * Sets {@code id}: Identifier of this "ResourceDefinition" structure, unique at least within the scope of the "GrantRequest" structure.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code type}: Type of the resource definition referenced.
     *
     * @param type the value
     * @return this builder
     */
    public Builder type(@Nullable ResourceType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@code vduId}: Reference to the related VDU in the AppD applicable to this resource.
     *
     * @param vduId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vduId(@Nullable String vduId) {
      this.vduId = vduId;
      return this;
    }

    /**
     * Sets {@code resourceTemplateId}: Reference to a resource template in the AppD as follows: If type="COMPUTE": VirtualComputeDescriptor, If type="LINKPORT": AppExtCpd, If type="STORAGE": VirtualStorageDescriptor, If type="OSCONTAINER": osContainerDescriptor.
     *
     * @param resourceTemplateId the value
     * @return this builder
     */
    public Builder resourceTemplateId(@Nullable List<String> resourceTemplateId) {
      this.resourceTemplateId = Copies.mutable(resourceTemplateId);
      return this;
    }

    /**
     * Appends one entry to {@code resourceTemplateId}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addResourceTemplateId(String element) {
      this.resourceTemplateId = Copies.add(this.resourceTemplateId, element);
      return this;
    }

    /**
     * Sets {@code resource}: Resource information for an existing resource.
     *
     * @param resource the value
     * @return this builder
     */
    public Builder resource(@Nullable Resource resource) {
      this.resource = resource;
      return this;
    }

    /**
     * Builds the {@link ResourceDefinition}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public ResourceDefinition build() {
      return new ResourceDefinition(id, type, vduId, resourceTemplateId, resource);
    }
  }
}
