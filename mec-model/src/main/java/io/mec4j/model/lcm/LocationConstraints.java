package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code LocationConstraints} data type of ETSI GS MEC 010-2 (clause 6.2.2.2).
 * <p>  NOTE: If both "countryCode" and "area" are present, no conflicts should exist between the values of these two attributes. In case of conflicts, the API producer (e.g. MEO, MEAO) shall disregard parts of the geographic area signalled by "area" that are outside the boundaries of the country signalled by "countryCode". If "countryCode" is absent, it is solely the "area" attribute that defines the location constraint.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema LocationConstraints).
 *
 * @param countryCode The two-letter ISO 3166 [3] country code in capital letters. Shall be present in the case that "area" attribute is absent. May be present if the "area" attribute is present. See note.
 * @param civicAddressElement Zero or more elements comprising the civic address. Shall be absent if the "area" attribute is present.
 * @param area Geographic area. Shall be absent if the "civicAddressElement" attribute is present. The content of this attribute shall follow the provisions for the "Polygon" geometry object as defined in IETF RFC 7946 [8], for which the "type" member shall be set to the value "Polygon". See note.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "LocationConstraints")
public record LocationConstraints(
    @JsonProperty("countryCode") @Nullable String countryCode,
    @JsonProperty("civicAddressElement") @Nullable List<@Valid CivicAddressElement> civicAddressElement,
    @JsonProperty("area") @Nullable String area) {

  /** Copies collections so the record stays immutable. */
  public LocationConstraints {
    civicAddressElement = Copies.list(civicAddressElement);
  }
}
