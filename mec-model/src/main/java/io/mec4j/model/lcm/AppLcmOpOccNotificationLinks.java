package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code _links4} data type of ETSI GS MEC 010-2.
 * <p>Links to resources related to this notification.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema _links4).
 *
 * @param appInstance Link to the resource representing the application instance to which the notified change applies. (required)
 * @param subscription Link to the related subscription. (required)
 * @param appLcmOpOcc Link to the application lifecycle management operation occurrence that this notification is related to. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "_links4")
public record AppLcmOpOccNotificationLinks(
    @JsonProperty("appInstance") @NotNull @Valid LinkType appInstance,
    @JsonProperty("subscription") @NotNull @Valid LinkType subscription,
    @JsonProperty("appLcmOpOcc") @NotNull @Valid LinkType appLcmOpOcc) {
}
