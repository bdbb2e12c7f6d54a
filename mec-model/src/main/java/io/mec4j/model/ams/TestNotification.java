package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SubscriptionLinks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A test notification the AMS sends to a new subscription's callback URI when the subscriber asked for one
 * ({@code requestTestNotification}), to check that notifications can be delivered.
 *
 * <p>ETSI GS MEC 021, clause 7.4.6.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema TestNotification).
 *
 * @param notificationType always {@code "TestNotification"}
 * @param links link to the subscription the test notification is for
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "TestNotification")
public record TestNotification(
    @JsonProperty("notificationType") @NotNull String notificationType,
    @JsonProperty("_links") @NotNull @Valid SubscriptionLinks links) {
}
