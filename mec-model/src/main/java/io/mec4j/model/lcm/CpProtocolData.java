package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code CpProtocolData} data type of ETSI GS MEC 010-2 (clause 6.2.4.14).
 * <p>  NOTE: This attribute allows to signal the addition of further types of layer and protocol in future versions of the present document in a backwards-compatible way. In the current version of the present document, only IP over Ethernet is supported.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema CpProtocolData).
 *
 * @param layerProtocol Identifier of layer(s) and protocol(s). <p>Permitted values: IP_OVER_ETHERNET. <p>See note. (required)
 * @param ipOverEthernet Network address data for IP over Ethernet to assign to the extCP instance. Shall be present if layerProtocol is equal to "IP_OVER_ETHERNET", and shall be absent otherwise.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "CpProtocolData")
public record CpProtocolData(
    @JsonProperty("layerProtocol") @NotNull CpLayerProtocol layerProtocol,
    @JsonProperty("ipOverEthernet") @Valid @Nullable IpOverEthernetAddressData ipOverEthernet) {
}
