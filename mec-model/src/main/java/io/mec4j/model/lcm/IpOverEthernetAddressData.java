package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code IpOverEthernetAddressData} data type of ETSI GS MEC 010-2 (clause 6.2.4.15).
 * <p>  NOTE 1: At least one of "macAddress" or "ipAddresses" shall be present.
 * NOTE 2: Exactly one of "fixedAddresses", "numDynamicAddresses" or "ipAddressRange" shall be present.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema IpOverEthernetAddressData).
 *
 * @param macAddress MAC address. If this attribute is not present, it shall be chosen by the VIM. See note 1.
 * @param ipAddresses List of IP addresses to assign to the CP instance. Each entry represents IP address data for fixed or dynamic IP address assignment per subnet. <p>If this attribute is not present, no IP address shall be assigned. See note 1.
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
