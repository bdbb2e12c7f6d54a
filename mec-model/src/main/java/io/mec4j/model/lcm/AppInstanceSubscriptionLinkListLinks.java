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
 * The {@code _links5} data type of ETSI GS MEC 010-2.
 * <p>List of hyperlinks related to the resource.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema _links5).
 *
 * @param self URI of this resource. (required)
 * @param subscriptions A link list to the subscriptions.
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
