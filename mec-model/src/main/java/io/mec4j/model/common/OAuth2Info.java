package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code OAuth2Info} data type of ETSI GS MEC 011.
 * <p>Parameters related to use of OAuth 2.0. Shall be present in case OAuth 2.0 (see IETF RFC 6749 [13]) is supported to secure the provision of the service over the transport.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema OAuth2Info), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema OAuth2Info), ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema OAuth2Info), ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema OAuth2Info).
 *
 * @param grantTypes List of supported OAuth 2.0 grant types. Each entry shall be one of the following permitted values: OAUTH2_AUTHORIZATION_CODE (Authorization code grant type) OAUTH2_IMPLICIT_GRANT (Implicit grant type) OAUTH2_RESOURCE_OWNER (Resource owner password credentials grant type) OAUTH2_CLIENT_CREDENTIALS (Client credentials grant type) Only the value "OAUTH2_CLIENT_CREDENTIALS" is supported in the present document. (required)
 * @param tokenEndpoint The token endpoint. Shall be present unless the grant type is OAUTH2_IMPLICIT_GRANT.
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "OAuth2Info")
@EtsiSchema(spec = "MEC011_AppSupport", name = "OAuth2Info")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "OAuth2Info")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "OAuth2Info")
public record OAuth2Info(
    @JsonProperty("grantTypes") @NotNull GrantType grantTypes,
    @JsonProperty("tokenEndpoint") @Nullable String tokenEndpoint) {
}
