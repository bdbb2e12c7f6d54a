package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Links of an application LCM operation occurrence.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema _links3).
 *
 * @param self Link to this LCM operation occurrence.
 * @param appInstance Link to the application instance the operation applies to.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "_links3")
public record AppLcmOpOccLinks(
    @JsonProperty("self") @NotNull @Valid LinkType self,
    @JsonProperty("appInstance") @NotNull @Valid LinkType appInstance) {
}
