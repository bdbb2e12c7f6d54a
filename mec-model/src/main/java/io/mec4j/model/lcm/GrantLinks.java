package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Links of a grant request or grant: the LCM operation occurrence and the application instance it is for.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema _links).
 *
 * @param appLcmOpOcc Link to the related LCM operation occurrence.
 * @param appInstance Link to the related application instance.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "_links")
public record GrantLinks(
    @JsonProperty("appLcmOpOcc") @NotNull @Valid LinkType appLcmOpOcc,
    @JsonProperty("appInstance") @NotNull @Valid LinkType appInstance) {
}
