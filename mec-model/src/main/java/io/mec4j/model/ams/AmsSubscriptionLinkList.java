package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code SubscriptionLinkList} data type of ETSI GS MEC 021 (clause 7.3.4).
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema SubscriptionLinkList).
 *
 * @param links Hyperlinks related to the resource. (required)
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "SubscriptionLinkList")
public record AmsSubscriptionLinkList(
    @JsonProperty("_links") @NotNull @Valid AmsSubscriptionLinkListLinks links) {
}
