package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ResourceHandle} data type of ETSI GS MEC 010-2 (clause 6.2.4.10).
 * <p>  NOTE 1: The value set of the "vimLevelResourceType" attribute is within the scope of the VIM and can be used as information that complements the ResourceHandle. This value set is different from the value set of the "type" attribute in the ResourceDefinition.
 * NOTE 2: When the container infrastructure service is a Kubernetes® instance the resourceId shall be populated in the following way:
 * For a compute MCIO, it is the instance identifier that Kubernetes® assigns, which is unique cluster wide per resource type.
 * For a storage MCIO modelled as a persistent volume claim, it is the name of the persistent volume claim, i.e. the value of the 'claimName' field in the Kubernetes® manifest, or a compound name built by Kubernetes® if the persistent volume claim is defined inline in another template instead of in its own manifest.
 * For a network MCIO representing a NetworkAttachmentDefinition, a Service or an Ingress, it is the value of the 'metadata.name' field in Kubernetes® manifest.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema ResourceHandle).
 *
 * @param vimConnectionId Identifier of the VIM connection to manage the resource. The applicable "VimConnectionInfo" structure, which is referenced by vimConnectionId, can be obtained from the "vimConnectionInfo" attribute of the "AppInstance" structure.
 * @param resourceId Identifier of the resource in the scope of the VIM or the CISM or the resource provider. See note 2. (required)
 * @param vimLevelResourceType Type of the resource in the scope of the VIM. See note 1.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "ResourceHandle")
public record ResourceHandle(
    @JsonProperty("vimConnectionId") @Nullable String vimConnectionId,
    @JsonProperty("resourceId") @NotNull String resourceId,
    @JsonProperty("vimLevelResourceType") @Nullable String vimLevelResourceType) {
}
