package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * An identifier that associates information with a specific UE or flow, e.g. the UE's IPv4 address.
 *
 * <p>Defined in ETSI GS MEC 012 (clause 6.5.2) and used by MEC 021. {@code MEC021_AppMobilityService.yaml} declares it
 * a plain string; mec4j follows MEC 012 and what AMS peers send, an object of a type code and a value (see
 * {@code docs/spec-deviations.md}).
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema AssociateId), corrected.
 *
 * @param type the kind of identifier
 * @param value the identifier, e.g. {@code 10.100.0.17}
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "AssociateId")
public record AssociateId(
    @JsonProperty("type") @NotNull AssociateIdType type,
    @JsonProperty("value") @NotNull String value) {

  /**
   * A UE's IPv4 address.
   *
   * @param address the address
   * @return the identifier
   */
  public static AssociateId ueIpv4(String address) {
    return new AssociateId(AssociateIdType.UE_IPV4_ADDRESS, address);
  }
}
