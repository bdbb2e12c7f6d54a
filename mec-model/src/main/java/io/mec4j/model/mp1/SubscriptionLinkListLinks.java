package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code _links} data type of ETSI GS MEC 011.
 * <p>Object containing hyperlinks related to the resource.
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema _links), ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema _links).
 *
 * @param self Self-referring URI. (required)
 * @param subscriptions The MEC application instance's subscriptions.
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "_links")
@EtsiSchema(spec = "MEC011_AppSupport", name = "_links")
public record SubscriptionLinkListLinks(
    @JsonProperty("self") @NotNull @Valid LinkType self,
    @JsonProperty("subscriptions") @Nullable List<@Valid SubscriptionLink> subscriptions) {

  /** Copies collections so the record stays immutable. */
  public SubscriptionLinkListLinks {
    subscriptions = Copies.list(subscriptions);
  }
}
