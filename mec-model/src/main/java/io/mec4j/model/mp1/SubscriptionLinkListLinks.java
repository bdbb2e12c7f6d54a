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
 * Hyperlinks of a {@link SubscriptionLinkList}: the list itself and each subscription.
 *
 * <p>The anonymous {@code _links} object of {@code SubscriptionLinkList}, ETSI GS MEC 011, clause 6.2.2.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema _links), ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema
 * _links).
 *
 * @param self link to the subscription list
 * @param subscriptions links to the subscriptions
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
