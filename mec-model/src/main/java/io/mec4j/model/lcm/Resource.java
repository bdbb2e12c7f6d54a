package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code Resource} data type of ETSI GS MEC 010-2.
 * <p>Resource information for an existing resource.
 * Shall be present for resources that are planned to be deleted or modified.
 * Shall be absent otherwise.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema Resource).
 *
 * @param vimConnectionInfo Specifies the connection information of VIM for the resources of the application instance. (required)
 * @param resourceId Identifier of the resource in the scope of the VIM. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "Resource")
public record Resource(
    @JsonProperty("vimConnectionInfo") @NotNull @Valid VimConnectionInfo vimConnectionInfo,
    @JsonProperty("resourceId") @NotNull String resourceId) {
}
