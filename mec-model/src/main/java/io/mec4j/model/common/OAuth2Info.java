package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a client obtains OAuth 2.0 access tokens (IETF RFC 6749) for a transport: the grant types and the token endpoint.
 *
 * <p>Inlined type {@code oAuth2Info} of {@code SecurityInfo}, ETSI GS MEC 011, clause 8.1.5.4.
 * {@code MEC011_ServiceMgmt.yaml} declares {@code grantTypes} as a single value; it is a list, as in the spec text and
 * the other files (see {@code docs/spec-deviations.md}).
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema OAuth2Info), ETSI GS MEC 011 (MEC011_AppSupport.yaml,
 * schema OAuth2Info), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema OAuth2Info), ETSI GS MEC 010-2
 * (MEC010-2_AppLcm.yaml, schema OAuth2Info).
 *
 * @param grantTypes supported grant types, at least one; MEC 011 supports only
 *     {@link GrantType#OAUTH2_CLIENT_CREDENTIALS}
 * @param tokenEndpoint URI of the token endpoint; present unless the only grant type is
 *     {@link GrantType#OAUTH2_IMPLICIT_GRANT}
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "OAuth2Info")
@EtsiSchema(spec = "MEC011_AppSupport", name = "OAuth2Info")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "OAuth2Info")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "OAuth2Info")
public record OAuth2Info(
    @JsonProperty("grantTypes") @NotNull @Size(min = 1) List<GrantType> grantTypes,
    @JsonProperty("tokenEndpoint") @Nullable String tokenEndpoint) {

  /** Copies collections so the record stays immutable. */
  public OAuth2Info {
    grantTypes = Copies.list(grantTypes);
  }
}
