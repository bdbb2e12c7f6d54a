package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code ipAddresses} data type of ETSI GS MEC 010-2.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema ipAddresses), ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema IpAddresses).
 *
 * @param host Host portion of the address. (required)
 * @param port Port portion of the address. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "ipAddresses")
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "IpAddresses")
public record IpAddressPort(
    @JsonProperty("host") @NotNull String host,
    @JsonProperty("port") @NotNull Integer port) {
}
