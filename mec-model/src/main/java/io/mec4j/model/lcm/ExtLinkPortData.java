package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A link port on an external virtual link, created by another entity, to which an external connection point can be
 * attached.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.4.9 (MEC010-2_AppGrant.yaml, schema ExtLinkPortData).
 *
 * @param id Identifier of the link port, as given by the entity that created it.
 * @param resourceHandle The virtualised resource that realises the link port.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "ExtLinkPortData")
public record ExtLinkPortData(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("resourceHandle") @NotNull @Valid ResourceHandle resourceHandle) {
}
