package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Network protocol data of the link port that connects an external connection point to a virtual link; only IP over
 * Ethernet is defined.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.4.14 (MEC010-2_AppGrant.yaml, schema CpProtocolData).
 *
 * @param layerProtocol Layer and protocol of the data.
 * @param ipOverEthernet Addresses to assign to the external CP; present if and only if {@code layerProtocol} is
 *     IP_OVER_ETHERNET.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "CpProtocolData")
public record CpProtocolData(
    @JsonProperty("layerProtocol") @NotNull CpLayerProtocol layerProtocol,
    @JsonProperty("ipOverEthernet") @Valid @Nullable IpOverEthernetAddressData ipOverEthernet) {
}
