package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code AddressRange} data type of ETSI GS MEC 010-2.
 * <p>An IP address range to be used, e.g. in case of egress connections.
 * <p>In case this attribute is present, IP addresses from the range will be used. See note 2.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema AddressRange).
 *
 * @param minAddress Lowest IP address belonging to the range. (required)
 * @param maxAddress Highest IP address belonging to the range. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "AddressRange")
public record AddressRange(
    @JsonProperty("minAddress") @NotNull String minAddress,
    @JsonProperty("maxAddress") @NotNull String maxAddress) {
}
