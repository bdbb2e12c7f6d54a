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
 * Links of a list of subscriptions to application LCM notifications: the list itself and each subscription.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema _links5).
 *
 * @param self Link to this subscription list resource.
 * @param subscriptions Links to the subscriptions, each with its type.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "_links5")
public record AppInstanceSubscriptionLinkListLinks(
    @JsonProperty("self") @NotNull @Valid LinkType self,
    @JsonProperty("subscriptions") @Nullable List<@Valid AppInstanceSubscriptionLink> subscriptions) {

  /** Copies collections so the record stays immutable. */
  public AppInstanceSubscriptionLinkListLinks {
    subscriptions = Copies.list(subscriptions);
  }
}
