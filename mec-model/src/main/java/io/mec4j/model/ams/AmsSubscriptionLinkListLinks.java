package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code _links} of an {@link AmsSubscriptionLinkList}: the list itself and one link per subscription.
 *
 * <p>ETSI GS MEC 021, clause 7.3.4.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema _links1).
 *
 * @param self URI of this list
 * @param subscription the service consumer's subscriptions; absent or empty when it has none
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "_links1")
public record AmsSubscriptionLinkListLinks(
    @JsonProperty("self") @NotNull @Valid LinkType self,
    @JsonProperty("subscription") @Nullable List<@Valid AmsSubscriptionLink> subscription) {

  /** Copies collections so the record stays immutable. */
  public AmsSubscriptionLinkListLinks {
    subscription = Copies.list(subscription);
  }
}
