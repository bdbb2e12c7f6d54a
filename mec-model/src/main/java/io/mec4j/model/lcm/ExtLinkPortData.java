package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code ExtLinkPortData} data type of ETSI GS MEC 010-2 (clause 6.2.4.9).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema ExtLinkPortData).
 *
 * @param id Identifier of this link port as provided by the entity that has created the link port. (required)
 * @param resourceHandle Reference to the virtualised resource realizing this link port. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "ExtLinkPortData")
public record ExtLinkPortData(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("resourceHandle") @NotNull @Valid ResourceHandle resourceHandle) {
}
