package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * A range of IP addresses, from its lowest to its highest address, to assign addresses from, e.g. for egress
 * connections.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema AddressRange).
 *
 * @param minAddress Lowest IP address of the range.
 * @param maxAddress Highest IP address of the range.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "AddressRange")
public record AddressRange(
    @JsonProperty("minAddress") @NotNull String minAddress,
    @JsonProperty("maxAddress") @NotNull String maxAddress) {
}
