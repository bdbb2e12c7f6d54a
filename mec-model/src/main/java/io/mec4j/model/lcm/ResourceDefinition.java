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
 * One resource that an application LCM operation needs granted, defined by a template of the AppD.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.4.3 (MEC010-2_AppGrant.yaml, schema ResourceDefinition).
 *
 * @param id Identifier of this resource definition, unique at least within the grant request.
 * @param type Type of the resource.
 * @param vduId Identifier of the VDU of the AppD the resource belongs to; only if a VDU applies.
 * @param resourceTemplateId The AppD template of the resource: a VirtualComputeDescriptor (COMPUTE), AppExtCpd
 *     (LINKPORT), VirtualStorageDescriptor (STORAGE) or OsContainerDescriptor (OSCONTAINER); several only for
 *     OSCONTAINER.
 * @param resource The existing resource; present for resources to remove or modify, absent otherwise.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "ResourceDefinition")
public record ResourceDefinition(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("type") @NotNull ResourceType type,
    @JsonProperty("vduId") @Nullable String vduId,
    @JsonProperty("resourceTemplateId") @NotNull @Size(min = 1) List<String> resourceTemplateId,
    @JsonProperty("resource") @Valid @Nullable Resource resource) {

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
     * Sets {@code id}: Identifier of this resource definition, unique at least within the grant request.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code type}: Type of the resource.
     *
     * @param type the value
     * @return this builder
     */
    public Builder type(@Nullable ResourceType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@code vduId}: Identifier of the VDU of the AppD the resource belongs to.
     *
     * @param vduId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder vduId(@Nullable String vduId) {
      this.vduId = vduId;
      return this;
    }

    /**
     * Sets {@code resourceTemplateId}: The AppD template of the resource.
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
     * Sets {@code resource}: The existing resource.
     *
     * @param resource the value, or {@code null} to leave it out
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
