package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code AppInstIdCreationSubscriptionRequest} data type of ETSI GS MEC 010-2 (clause 6.2.2.25).
 * <p>  NOTE: If present, the value of attribute "appInstSelectorType" in appInstanceSubscriptionFilter can only be set as "APP_D_ID" or "APP_FROM_PROVIDER".
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema AppInstIdCreationSubscriptionRequest).
 *
 * @param subscriptionType Shall be set to "AppIdentifierCreationSubscription". (required)
 * @param callbackUri The URI of the endpoint for the subscription related notification to be sent to. (required)
 * @param appInstanceSubscriptionFilter Criteria used to filter application instances for which to send notifications related to this subscription. See note.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppInstIdCreationSubscriptionRequest")
public record AppInstIdCreationSubscriptionRequest(
    @JsonProperty("subscriptionType") @NotNull String subscriptionType,
    @JsonProperty("callbackUri") @NotNull String callbackUri,
    @JsonProperty("appInstanceSubscriptionFilter") @Valid @Nullable AppInstanceSubscriptionFilter appInstanceSubscriptionFilter) {
}
