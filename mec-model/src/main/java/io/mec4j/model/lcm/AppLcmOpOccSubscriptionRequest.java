package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code AppLcmOpOccSubscriptionRequest} data type of ETSI GS MEC 010-2 (clause 6.2.2.14).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema AppLcmOpOccSubscriptionRequest).
 *
 * @param subscriptionType Shall be set to "AppLcmOpOccStateChangeSubscription". (required)
 * @param callbackUri The URI of the endpoint for the subscription related notification to be sent to. (required)
 * @param appLcmOpOccSubscriptionFilter Subscription filter criteria to match specific application LCM operation occurrences.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppLcmOpOccSubscriptionRequest")
public record AppLcmOpOccSubscriptionRequest(
    @JsonProperty("subscriptionType") @NotNull String subscriptionType,
    @JsonProperty("callbackUri") @NotNull String callbackUri,
    @JsonProperty("appLcmOpOccSubscriptionFilter") @Valid @Nullable AppLcmOpOccSubscriptionFilter appLcmOpOccSubscriptionFilter) {
}
