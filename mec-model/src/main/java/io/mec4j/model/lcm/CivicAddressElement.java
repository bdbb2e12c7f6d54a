package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * One element of a civic address (IETF RFC 4776 section 3.4): a CAtype code and its value, such as 3 (city) and
 * "Berlin".
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schemas CivicAddressElement and CivicAddressElement1).
 *
 * @param caType CAtype of the element (IETF RFC 4776 section 3.4), e.g. 1 (national subdivision), 3 (city), 6
 *     (street), 19 (house number) or 24 (postal code).
 * @param caValue Value of the element, formatted as IETF RFC 4776 section 3.4 requires.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "CivicAddressElement")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "CivicAddressElement1")
public record CivicAddressElement(
    @JsonProperty("caType") @NotNull Integer caType,
    @JsonProperty("caValue") @NotNull String caValue) {
}
