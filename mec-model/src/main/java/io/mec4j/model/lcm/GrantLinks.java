package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code _links} data type of ETSI GS MEC 010-2.
 * <p>Links to resources related to this request.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema _links).
 *
 * @param appLcmOpOcc Related lifecycle management operation occurrence. (required)
 * @param appInstance Related application instance. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "_links")
public record GrantLinks(
    @JsonProperty("appLcmOpOcc") @NotNull @Valid LinkType appLcmOpOcc,
    @JsonProperty("appInstance") @NotNull @Valid LinkType appInstance) {
}
