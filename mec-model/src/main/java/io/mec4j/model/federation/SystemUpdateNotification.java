package io.mec4j.model.federation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SubscriptionLinks;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A notification from the MEC federation enablement service that the information of MEC systems in the federation has
 * changed, sent to the subscribers of a matching {@link SystemUpdateNotificationSubscription}.
 *
 * <p>ETSI GS MEC 040, clause 6.4.2.
 * <p>Schema: ETSI GS MEC 040 (MEC040_FederationEnablement.yaml, schema SystemUpdateNotification).
 *
 * @param notificationType always {@code "SystemUpdateNotification"}
 * @param updatedSystemInfo the updated information of the MEC systems concerned; at least one
 * @param links link to the subscription the notification is for
 */
@EtsiSchema(spec = "MEC040_FederationEnablement", name = "SystemUpdateNotification")
public record SystemUpdateNotification(
    @JsonProperty("notificationType") @NotNull String notificationType,
    @JsonProperty("updatedSystemInfo") @NotNull @Size(min = 1) List<@Valid SystemInfo> updatedSystemInfo,
    @JsonProperty("_links") @NotNull @Valid SubscriptionLinks links) {

  /** Copies collections so the record stays immutable. */
  public SystemUpdateNotification {
    updatedSystemInfo = Copies.list(updatedSystemInfo);
  }
}
