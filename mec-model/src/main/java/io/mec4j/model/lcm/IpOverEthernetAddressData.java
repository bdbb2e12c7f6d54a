package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Network address data for IP over Ethernet: the MAC address and IP addresses to assign to an external connection
 * point.
 *
 * <p>At least one of {@code macAddress} and {@code ipAddresses} is present.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.4.15 (MEC010-2_AppGrant.yaml, schema IpOverEthernetAddressData).
 *
 * @param macAddress MAC address; chosen by the VIM if absent.
 * @param ipAddresses IP addresses to assign, one entry per subnet; none are assigned if absent.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "IpOverEthernetAddressData")
public record IpOverEthernetAddressData(
    @JsonProperty("macAddress") @Nullable String macAddress,
    @JsonProperty("ipAddresses") @Nullable List<@Valid IpAddresses> ipAddresses) {

  /** Copies collections so the record stays immutable. */
  public IpOverEthernetAddressData {
    ipAddresses = Copies.list(ipAddresses);
  }
}
