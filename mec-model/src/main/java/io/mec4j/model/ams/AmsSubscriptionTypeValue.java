package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code subscriptionType1_} data type of ETSI GS MEC 021.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema subscriptionType1_).
 *
 * @param subscriptionType Numeric value (0 - 255) corresponding to specified type of subscription: 0 = RESERVED 1 = MOBILITY_PROCEDURE 2 = ADJACENT_APPINFO (required)
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "subscriptionType1_")
public record AmsSubscriptionTypeValue(
    @JsonProperty("subscriptionType") @NotNull AmsSubscriptionType subscriptionType) {
}
