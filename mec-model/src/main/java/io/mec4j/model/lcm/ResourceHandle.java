package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A reference to a virtualised resource in a VIM, a CISM or another resource provider.
 *
 * <p>For Kubernetes, {@code resourceId} is the instance identifier of a compute MCIO, the persistent volume claim
 * name of a storage MCIO, or the {@code metadata.name} of a NetworkAttachmentDefinition, Service or Ingress.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.4.10 (MEC010-2_AppGrant.yaml, schema ResourceHandle).
 *
 * @param vimConnectionId Identifier of the VIM connection that manages the resource (a key of
 *     {@link AppInstanceInfo#vimConnectionInfo()}).
 * @param resourceId Identifier of the resource in the scope of the VIM, the CISM or the resource provider.
 * @param vimLevelResourceType Type of the resource in the scope of the VIM, a VIM-specific value unrelated to
 *     {@link ResourceDefinition#type()}.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "ResourceHandle")
public record ResourceHandle(
    @JsonProperty("vimConnectionId") @Nullable String vimConnectionId,
    @JsonProperty("resourceId") @NotNull String resourceId,
    @JsonProperty("vimLevelResourceType") @Nullable String vimLevelResourceType) {
}
