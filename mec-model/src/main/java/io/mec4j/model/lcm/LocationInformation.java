package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code LocationInformation} data type of ETSI GS MEC 010-2 (clause 6.2.2.31).
 * <p>  NOTE: At least one of civicAddress or geographicalPosition shall be present. If both are present they shall specify the same location, bound by the precision of the provided coordinates.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema LocationInformation).
 *
 * @param countryCode The two-letter ISO 3166 [3] country code in capital letters where an instance is deployed. (required)
 * @param civicAddress Provides the civic address of the site hosting the MEC application instance.
 * @param geographicalPosition Geographical position (i.e. latitude and longitude) where an instance is deployed. The content of this attribute shall follow the provisions for the "Point" geometry object as defined in IETF RFC 7946 [8].
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "LocationInformation")
public record LocationInformation(
    @JsonProperty("countryCode") @NotNull String countryCode,
    @JsonProperty("civicAddress") @Valid @Nullable CivicAddress civicAddress,
    @JsonProperty("geographicalPosition") @Nullable String geographicalPosition) {
}
