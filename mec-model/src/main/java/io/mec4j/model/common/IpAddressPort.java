package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * An IP address (or host name) and port pair of a communication interface.
 *
 * <p>Inlined type {@code ipAddresses} of {@code CommunicationInterface}, ETSI GS MEC 021, clause 7.5.2 (named
 * {@code IpAddresses} in MEC 021 and {@code ipAddresses} in MEC 010-2).
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema ipAddresses), ETSI GS MEC 021
 * (MEC021_AppMobilityService.yaml, schema IpAddresses).
 *
 * @param host host name or IP address
 * @param port port number
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "ipAddresses")
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "IpAddresses")
public record IpAddressPort(
    @JsonProperty("host") @NotNull String host,
    @JsonProperty("port") @NotNull Integer port) {
}
