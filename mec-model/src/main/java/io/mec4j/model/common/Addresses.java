package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * A host and port at which a MEC service can be reached, one of the forms of an {@link EndPointInfo}.
 *
 * <p>Inlined type {@code addresses} of {@code EndPointInfo}, ETSI GS MEC 011, clause 8.1.5.3.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema Addresses), ETSI GS MEC 011 (MEC011_AppSupport.yaml,
 * schema Addresses), ETSI GS MEC 040 (MEC040_FederationEnablement.yaml, schema Addresses).
 *
 * @param host host name or IP address
 * @param port port number
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "Addresses")
@EtsiSchema(spec = "MEC011_AppSupport", name = "Addresses")
@EtsiSchema(spec = "MEC040_FederationEnablement", name = "Addresses")
public record Addresses(
    @JsonProperty("host") @NotNull String host,
    @JsonProperty("port") @NotNull Integer port) {
}
