package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The links of an {@link AppPkgSubscriptionLinkList}: the list itself and one link per subscription.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.3.5.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema _links2).
 *
 * @param self URI of this list resource
 * @param subscriptions one link per subscription; absent or empty when there is none
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "_links2")
public record AppPkgSubscriptionLinkListLinks(
    @JsonProperty("self") @NotNull @Valid LinkType self,
    @JsonProperty("subscriptions") @Nullable List<@Valid AppPkgSubscriptionLink> subscriptions) {

  /** Copies collections so the record stays immutable. */
  public AppPkgSubscriptionLinkListLinks {
    subscriptions = Copies.list(subscriptions);
  }
}
