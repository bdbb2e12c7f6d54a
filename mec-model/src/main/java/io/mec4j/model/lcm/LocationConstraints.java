package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where an application instance may be placed: a country, a civic address or a geographic area.
 *
 * <p>{@code countryCode} is present unless {@code area} is, and {@code civicAddressElement} excludes {@code area}. If
 * both a country and an area are given, the API producer (e.g. the MEO) disregards the parts of the area outside the
 * country.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.2 (MEC010-2_AppLcm.yaml, schema LocationConstraints).
 *
 * @param countryCode Two-letter ISO 3166 country code in capital letters; present if {@code area} is absent.
 * @param civicAddressElement Elements of a civic address; absent if {@code area} is present.
 * @param area Geographic area, following the GeoJSON Polygon geometry object of IETF RFC 7946 with
 *     {@code "type": "Polygon"}; absent if {@code civicAddressElement} is present.
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
