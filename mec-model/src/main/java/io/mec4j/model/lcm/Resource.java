package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * An existing resource of an application instance, as a {@link ResourceDefinition} of a resource to modify or remove
 * refers to it.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema Resource).
 *
 * @param vimConnectionInfo The VIM connection that manages the resource.
 * @param resourceId Identifier of the resource in the VIM.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "Resource")
public record Resource(
    @JsonProperty("vimConnectionInfo") @NotNull @Valid VimConnectionInfo vimConnectionInfo,
    @JsonProperty("resourceId") @NotNull String resourceId) {
}
