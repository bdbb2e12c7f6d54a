package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * An object holding the numeric code of an AMS subscription type ({@code {"subscriptionType": 1}}).
 *
 * <p>No schema or operation of the spec file references {@code subscriptionType1_}; it is a helper definition left
 * from the conversion of the spec text. This type exists so that every schema of the file has a Java type. Real
 * subscriptions carry their type as a string, see {@link MobilityProcedureSubscription#subscriptionType()} and
 * {@link AmsSubscriptionLink#subscriptionType()}.
 *
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema subscriptionType1_).
 *
 * @param subscriptionType the subscription type code
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "subscriptionType1_")
public record AmsSubscriptionTypeValue(
    @JsonProperty("subscriptionType") @NotNull AmsSubscriptionType subscriptionType) {
}
