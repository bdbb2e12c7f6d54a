package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code AppPkgSubscriptionLinkList} data type of ETSI GS MEC 010-2 (clause 6.2.3.5).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppPkgSubscriptionLinkList).
 *
 * @param links Links to resources related to this resource. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AppPkgSubscriptionLinkList")
public record AppPkgSubscriptionLinkList(
    @JsonProperty("_links") @NotNull @Valid AppPkgSubscriptionLinkListLinks links) {
}
