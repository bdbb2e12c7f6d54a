package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The {@code CivicAddress} data type of ETSI GS MEC 010-2.
 * <p>Provides the civic address of the site hosting the MEC application instance.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema CivicAddress).
 *
 * @param civicAddressElement Provides elements comprising a single civic address as described in section 3.4, with accompanying example in section 5 of IETF RFC 4776 [2]. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "CivicAddress")
public record CivicAddress(
    @JsonProperty("civicAddressElement") @NotNull List<@Valid CivicAddressElement1> civicAddressElement) {

  /** Copies collections so the record stays immutable. */
  public CivicAddress {
    civicAddressElement = Copies.list(civicAddressElement);
  }
}
