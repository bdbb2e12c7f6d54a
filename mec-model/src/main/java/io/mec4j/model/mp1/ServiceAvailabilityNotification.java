package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SubscriptionLinks;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The {@code ServiceAvailabilityNotification} data type of ETSI GS MEC 011 (clause 8.1.4.2).
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema ServiceAvailabilityNotification).
 *
 * @param notificationType Shall be set to "SerAvailabilityNotification". (required)
 * @param serviceReferences List of links to services whose availability has changed. (required)
 * @param links Object containing hyperlinks related to the resource. (required)
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
