package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a transport is secured: OAuth 2.0 parameters and transport-specific extensions.
 *
 * <p>Data type {@code SecurityInfo} of ETSI GS MEC 011, clause 8.1.5.4. The extensions attribute is literally named
 * {@code (extensions)} on the wire, as in the ETSI files; its content depends on the transport and is out of scope of
 * MEC 011.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema SecurityInfo), ETSI GS MEC 011 (MEC011_AppSupport.yaml,
 * schema SecurityInfo), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema SecurityInfo), ETSI GS MEC 010-2
 * (MEC010-2_AppLcm.yaml, schema SecurityInfo).
 *
 * @param oAuth2Info OAuth 2.0 parameters; present when the transport is secured with OAuth 2.0
 * @param extensions extensions for alternative transports, for example the parameters of TLS-based authorization (see
 *     ETSI GS MEC 009); wire name {@code (extensions)}
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "SecurityInfo")
@EtsiSchema(spec = "MEC011_AppSupport", name = "SecurityInfo")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "SecurityInfo")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "SecurityInfo")
public record SecurityInfo(
    @JsonProperty("oAuth2Info") @Valid @Nullable OAuth2Info oAuth2Info,
    @JsonProperty("(extensions)") @Nullable List<Object> extensions) {

  /** Copies collections so the record stays immutable. */
  public SecurityInfo {
    extensions = Copies.list(extensions);
  }
}
