package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Links of an application instance identifier creation or deletion notification.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schemas _links6 and _links7).
 *
 * @param subscription Link to the related subscription.
 * @param appInstance Link to the application instance that was created or deleted.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "_links6")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "_links7")
public record AppInstanceIdentifierNotificationLinks(
    @JsonProperty("subscription") @NotNull @Valid LinkType subscription,
    @JsonProperty("appInstance") @NotNull @Valid LinkType appInstance) {
}
