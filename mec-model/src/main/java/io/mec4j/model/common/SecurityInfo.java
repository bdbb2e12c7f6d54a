package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code SecurityInfo} data type of ETSI GS MEC 011 (clause 8.1.5.4).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema SecurityInfo), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema SecurityInfo), ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema SecurityInfo), ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema SecurityInfo).
 *
 * @param oAuth2Info Parameters related to use of OAuth 2.0. Shall be present in case OAuth 2.0 (see IETF RFC 6749 [13]) is supported to secure the provision of the service over the transport.
 * @param extensions Extensions for alternative transport mechanisms. These extensions depend on the actual transport, and are out of scope of the present document. For instance, such extensions may be used to signal the necessary parameters for the client to use TLSbased authorization defined for alternative transports (see ETSI GS MEC 009 [5] for more information).
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
