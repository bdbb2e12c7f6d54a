package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code _links6} data type of ETSI GS MEC 010-2.
 * <p>Links to resources related to this notification.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema _links6), ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema _links7).
 *
 * @param subscription A link to the related subscription. (required)
 * @param appInstance Link to the resource representing the created application instance. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "_links6")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "_links7")
public record AppInstanceIdentifierNotificationLinks(
    @JsonProperty("subscription") @NotNull @Valid LinkType subscription,
    @JsonProperty("appInstance") @NotNull @Valid LinkType appInstance) {
}
