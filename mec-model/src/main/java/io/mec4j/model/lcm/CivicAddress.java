package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The civic address of the site hosting an application instance, as a list of civic address elements (IETF RFC 4776).
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema CivicAddress).
 *
 * @param civicAddressElement The elements of the address.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "CivicAddress")
public record CivicAddress(
    @JsonProperty("civicAddressElement") @NotNull List<@Valid CivicAddressElement> civicAddressElement) {

  /** Copies collections so the record stays immutable. */
  public CivicAddress {
    civicAddressElement = Copies.list(civicAddressElement);
  }
}
