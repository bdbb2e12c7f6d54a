package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The IP addresses and ports at which a MEC application instance communicates.
 *
 * <p>Data type {@code CommunicationInterface} of ETSI GS MEC 021, clause 7.5.2; also used by ETSI GS MEC 010-2
 * (application instance information).
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema CommunicationInterface), ETSI GS MEC 021
 * (MEC021_AppMobilityService.yaml, schema CommunicationInterface).
 *
 * @param ipAddresses host and port pairs of the interface
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "CommunicationInterface")
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "CommunicationInterface")
public record CommunicationInterface(
    @JsonProperty("ipAddresses") @Nullable List<@Valid IpAddressPort> ipAddresses) {

  /** Copies collections so the record stays immutable. */
  public CommunicationInterface {
    ipAddresses = Copies.list(ipAddresses);
  }
}
