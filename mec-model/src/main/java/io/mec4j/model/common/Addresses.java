package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code Addresses} data type of ETSI GS MEC 011.
 * <p>Entry point information of the service as one or more pairs of IP address and port. See note.
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema Addresses), ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema Addresses), ETSI GS MEC 040 (MEC040_FederationEnablement.yaml, schema Addresses).
 *
 * @param host Host portion of the address. (required)
 * @param port Port portion of the address. (required)
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "Addresses")
@EtsiSchema(spec = "MEC011_AppSupport", name = "Addresses")
@EtsiSchema(spec = "MEC040_FederationEnablement", name = "Addresses")
public record Addresses(
    @JsonProperty("host") @NotNull String host,
    @JsonProperty("port") @NotNull Integer port) {
}
