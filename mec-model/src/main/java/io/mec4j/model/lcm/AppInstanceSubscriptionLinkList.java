package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The subscriber's subscriptions to application LCM notifications, as read from the subscriptions resource.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.19 (MEC010-2_AppLcm.yaml, schema AppInstanceSubscriptionLinkList).
 *
 * @param links Links to this list and to each subscription.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppInstanceSubscriptionLinkList")
public record AppInstanceSubscriptionLinkList(
    @JsonProperty("_links") @NotNull @Valid AppInstanceSubscriptionLinkListLinks links) {
}
