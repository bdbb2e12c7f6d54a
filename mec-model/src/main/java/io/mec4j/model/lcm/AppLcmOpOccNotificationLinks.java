package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Links of an application LCM operation occurrence notification.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema _links4).
 *
 * @param appInstance Link to the application instance the change applies to.
 * @param subscription Link to the related subscription.
 * @param appLcmOpOcc Link to the LCM operation occurrence that changed state.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "_links4")
public record AppLcmOpOccNotificationLinks(
    @JsonProperty("appInstance") @NotNull @Valid LinkType appInstance,
    @JsonProperty("subscription") @NotNull @Valid LinkType subscription,
    @JsonProperty("appLcmOpOcc") @NotNull @Valid LinkType appLcmOpOcc) {
}
