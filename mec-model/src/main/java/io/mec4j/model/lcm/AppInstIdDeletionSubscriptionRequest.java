package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code AppInstIdDeletionSubscriptionRequest} data type of ETSI GS MEC 010-2 (clause 6.2.2.28).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema AppInstIdDeletionSubscriptionRequest).
 *
 * @param subscriptionType Shall be set to "AppIdentifierDeletionSubscription". (required)
 * @param callbackUri The URI of the endpoint for the subscription related notification to be sent to. (required)
 * @param appInstanceSubscriptionFilter Criteria used to filter application instances for which to send notifications related to this subscription.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppInstIdDeletionSubscriptionRequest")
public record AppInstIdDeletionSubscriptionRequest(
    @JsonProperty("subscriptionType") @NotNull String subscriptionType,
    @JsonProperty("callbackUri") @NotNull String callbackUri,
    @JsonProperty("appInstanceSubscriptionFilter") @Valid @Nullable AppInstanceSubscriptionFilter appInstanceSubscriptionFilter) {
}
