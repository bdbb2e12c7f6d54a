package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code CivicAddressElement1} data type of ETSI GS MEC 010-2.
 * <p>Provides elements comprising a single civic address as described in section 3.4, with accompanying example in section 5 of IETF RFC 4776 [2].
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema CivicAddressElement1).
 *
 * @param caType Describe the content type of caValue. The value of caType shall comply with section 3.4 of IETF RFC 4776 [2]. (required)
 * @param caValue Content of civic address element corresponding to the caType. The format caValue shall comply with section 3.4 of IETF RFC 4776 [2]. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "CivicAddressElement1")
public record CivicAddressElement1(
    @JsonProperty("caType") @NotNull Integer caType,
    @JsonProperty("caValue") @NotNull String caValue) {
}
