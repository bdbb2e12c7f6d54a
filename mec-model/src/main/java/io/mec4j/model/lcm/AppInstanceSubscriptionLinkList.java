package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code AppInstanceSubscriptionLinkList} data type of ETSI GS MEC 010-2 (clause 6.2.2.19).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema AppInstanceSubscriptionLinkList).
 *
 * @param links List of hyperlinks related to the resource. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppInstanceSubscriptionLinkList")
public record AppInstanceSubscriptionLinkList(
    @JsonProperty("_links") @NotNull @Valid AppInstanceSubscriptionLinkListLinks links) {
}
