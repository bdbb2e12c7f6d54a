package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SubscriptionLinks;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A notification from the MEC platform that MEC services were added, removed or changed.
 *
 * <p>Data type {@code ServiceAvailabilityNotification} of ETSI GS MEC 011, clause 8.1.4.2.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema ServiceAvailabilityNotification).
 *
 * @param notificationType always {@code SerAvailabilityNotification}
 * @param serviceReferences the services whose availability changed
 * @param links link to the related subscription
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "ServiceAvailabilityNotification")
public record ServiceAvailabilityNotification(
    @JsonProperty("notificationType") @NotNull String notificationType,
    @JsonProperty("serviceReferences") @NotNull List<@Valid ServiceReferences> serviceReferences,
    @JsonProperty("_links") @NotNull @Valid SubscriptionLinks links) {

  /** Copies collections so the record stays immutable. */
  public ServiceAvailabilityNotification {
    serviceReferences = Copies.list(serviceReferences);
  }
}
