package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code CivicAddressElement} data type of ETSI GS MEC 010-2.
 * <p>Zero or more elements comprising the civic address. Shall be absent if the "area" attribute is present.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema CivicAddressElement).
 *
 * @param caType Describe the content type of caValue. The value of caType shall comply with section 3.4 of IETF RFC 4776 [2]. (required)
 * @param caValue Content of civic address element corresponding to the caType. The format caValue shall comply with section 3.4 of IETF RFC 4776 [2]. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "CivicAddressElement")
public record CivicAddressElement(
    @JsonProperty("caType") @NotNull Integer caType,
    @JsonProperty("caValue") @NotNull String caValue) {
}
