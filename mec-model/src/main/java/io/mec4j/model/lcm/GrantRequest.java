package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request from the MEPM to the MEO for permission to run an application LCM operation, listing the resources the
 * operation adds, uses temporarily, modifies or removes.
 *
 * <p>Other LCM operations can run without a grant. For INSTANTIATE, {@code addResources} is present. The MEPM
 * allocates temporary resources after the start notification of the operation and releases them before its result
 * notification.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.4.2 (MEC010-2_AppGrant.yaml, schema GrantRequest).
 *
 * @param appInstanceId Identifier of the application instance the operation applies to; given also for an instance
 *     that is only planned (INSTANTIATE).
 * @param appLcmOpOccId Identifier of the LCM operation occurrence to grant.
 * @param appDId Identifier of the AppD of the application.
 * @param operation The LCM operation to grant.
 * @param addResources Resources the operation adds, one entry per resource; present for INSTANTIATE.
 * @param tempResources Resources the operation instantiates temporarily while it runs, one entry per resource.
 * @param removeResources Resources the operation removes, one entry per resource.
 * @param updateResources Resources the operation modifies, one entry per resource.
 * @param additionalParams Additional parameters from the MEPM, specific to the application and the LCM operation.
 * @param links Links to the related LCM operation occurrence and application instance.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "GrantRequest")
public record GrantRequest(
    @JsonProperty("appInstanceId") @NotNull String appInstanceId,
    @JsonProperty("appLcmOpOccId") @NotNull String appLcmOpOccId,
    @JsonProperty("appDId") @NotNull String appDId,
    @JsonProperty("operation") @NotNull LcmOperation operation,
    @JsonProperty("addResources") @Nullable List<@Valid ResourceDefinition> addResources,
    @JsonProperty("tempResources") @Nullable List<@Valid ResourceDefinition> tempResources,
    @JsonProperty("removeResources") @Nullable List<@Valid ResourceDefinition> removeResources,
    @JsonProperty("updateResources") @Nullable List<@Valid ResourceDefinition> updateResources,
    @JsonProperty("additionalParams") @Nullable Map<String, Object> additionalParams,
    @JsonProperty("_links") @NotNull @Valid GrantLinks links) {

  /** Copies collections so the record stays immutable. */
  public GrantRequest {
    addResources = Copies.list(addResources);
    tempResources = Copies.list(tempResources);
    removeResources = Copies.list(removeResources);
    updateResources = Copies.list(updateResources);
    additionalParams = Copies.map(additionalParams);
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

  /** Builds {@link GrantRequest} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String appInstanceId;
    private @Nullable String appLcmOpOccId;
    private @Nullable String appDId;
    private @Nullable LcmOperation operation;
    private @Nullable List<ResourceDefinition> addResources;
    private @Nullable List<ResourceDefinition> tempResources;
    private @Nullable List<ResourceDefinition> removeResources;
    private @Nullable List<ResourceDefinition> updateResources;
    private @Nullable Map<String, Object> additionalParams;
    private @Nullable GrantLinks links;

    private Builder() {}

    private Builder(GrantRequest source) {
      this.appInstanceId = source.appInstanceId;
      this.appLcmOpOccId = source.appLcmOpOccId;
      this.appDId = source.appDId;
      this.operation = source.operation;
      this.addResources = Copies.mutable(source.addResources);
      this.tempResources = Copies.mutable(source.tempResources);
      this.removeResources = Copies.mutable(source.removeResources);
      this.updateResources = Copies.mutable(source.updateResources);
      this.additionalParams = Copies.mutable(source.additionalParams);
      this.links = source.links;
    }

    /**
     * Sets {@code appInstanceId}: Identifier of the application instance the operation applies to.
     *
     * @param appInstanceId the value
     * @return this builder
     */
    public Builder appInstanceId(@Nullable String appInstanceId) {
      this.appInstanceId = appInstanceId;
      return this;
    }

    /**
     * Sets {@code appLcmOpOccId}: Identifier of the LCM operation occurrence to grant.
     *
     * @param appLcmOpOccId the value
     * @return this builder
     */
    public Builder appLcmOpOccId(@Nullable String appLcmOpOccId) {
      this.appLcmOpOccId = appLcmOpOccId;
      return this;
    }

    /**
     * Sets {@code appDId}: Identifier of the AppD of the application.
     *
     * @param appDId the value
     * @return this builder
     */
    public Builder appDId(@Nullable String appDId) {
      this.appDId = appDId;
      return this;
    }

    /**
     * Sets {@code operation}: The LCM operation to grant.
     *
     * @param operation the value
     * @return this builder
     */
    public Builder operation(@Nullable LcmOperation operation) {
      this.operation = operation;
      return this;
    }

    /**
     * Sets {@code addResources}: Resources the operation adds, one entry per resource.
     *
     * @param addResources the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder addResources(@Nullable List<ResourceDefinition> addResources) {
      this.addResources = Copies.mutable(addResources);
      return this;
    }

    /**
     * Appends one entry to {@code addResources}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addAddResource(ResourceDefinition element) {
      this.addResources = Copies.add(this.addResources, element);
      return this;
    }

    /**
     * Sets {@code tempResources}: Resources the operation instantiates temporarily while it runs, one entry per
     * resource.
     *
     * @param tempResources the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder tempResources(@Nullable List<ResourceDefinition> tempResources) {
      this.tempResources = Copies.mutable(tempResources);
      return this;
    }

    /**
     * Appends one entry to {@code tempResources}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addTempResource(ResourceDefinition element) {
      this.tempResources = Copies.add(this.tempResources, element);
      return this;
    }

    /**
     * Sets {@code removeResources}: Resources the operation removes, one entry per resource.
     *
     * @param removeResources the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder removeResources(@Nullable List<ResourceDefinition> removeResources) {
      this.removeResources = Copies.mutable(removeResources);
      return this;
    }

    /**
     * Appends one entry to {@code removeResources}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addRemoveResource(ResourceDefinition element) {
      this.removeResources = Copies.add(this.removeResources, element);
      return this;
    }

    /**
     * Sets {@code updateResources}: Resources the operation modifies, one entry per resource.
     *
     * @param updateResources the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder updateResources(@Nullable List<ResourceDefinition> updateResources) {
      this.updateResources = Copies.mutable(updateResources);
      return this;
    }

    /**
     * Appends one entry to {@code updateResources}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addUpdateResource(ResourceDefinition element) {
      this.updateResources = Copies.add(this.updateResources, element);
      return this;
    }

    /**
     * Sets {@code additionalParams}: Additional parameters from the MEPM, specific to the application and the LCM
     * operation.
     *
     * @param additionalParams the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder additionalParams(@Nullable Map<String, Object> additionalParams) {
      this.additionalParams = Copies.mutable(additionalParams);
      return this;
    }

    /**
     * Puts one entry into {@code additionalParams}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putAdditionalParam(String key, Object value) {
      this.additionalParams = Copies.put(this.additionalParams, key, value);
      return this;
    }

    /**
     * Sets {@code _links}: Links to the related LCM operation occurrence and application instance.
     *
     * @param links the value
     * @return this builder
     */
    public Builder links(@Nullable GrantLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Builds the {@link GrantRequest}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public GrantRequest build() {
      return new GrantRequest(appInstanceId, appLcmOpOccId, appDId, operation, addResources, tempResources, removeResources, updateResources, additionalParams, links);
    }
  }
}
