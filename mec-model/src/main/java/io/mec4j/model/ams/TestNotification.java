package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SubscriptionLinks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code TestNotification} data type of ETSI GS MEC 021 (clause 7.4.6).
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema TestNotification).
 *
 * @param notificationType Shall be set to "TestNotification". (required)
 * @param links Hyperlink related to the resource. (required)
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "TestNotification")
public record TestNotification(
    @JsonProperty("notificationType") @NotNull String notificationType,
    @JsonProperty("_links") @NotNull @Valid SubscriptionLinks links) {
}
