package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Where an application instance is deployed: its country and a civic address or geographical position.
 *
 * <p>At least one of {@code civicAddress} and {@code geographicalPosition} is present; if both are, they describe the
 * same location.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.31 (MEC010-2_AppLcm.yaml, schema LocationInformation).
 *
 * @param countryCode Two-letter ISO 3166 country code, in capital letters, of the country where the instance is
 *     deployed.
 * @param civicAddress Civic address of the site hosting the instance.
 * @param geographicalPosition Latitude and longitude where the instance is deployed, following the GeoJSON Point
 *     geometry object of IETF RFC 7946.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "LocationInformation")
public record LocationInformation(
    @JsonProperty("countryCode") @NotNull String countryCode,
    @JsonProperty("civicAddress") @Valid @Nullable CivicAddress civicAddress,
    @JsonProperty("geographicalPosition") @Nullable String geographicalPosition) {
}
