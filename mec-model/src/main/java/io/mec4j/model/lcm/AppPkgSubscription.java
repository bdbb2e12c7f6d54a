package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code AppPkgSubscription} data type of ETSI GS MEC 010-2 (clause 6.2.3.7).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppPkgSubscription).
 *
 * @param callbackUri The URI of the endpoint for the subscription related notification to be sent to. (required)
 * @param subscriptionType Type of the subscription. (required)
 * @param appPkgFilter The attribute-based filter is to filter application packages on which the query applies.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AppPkgSubscription")
public record AppPkgSubscription(
    @JsonProperty("callbackUri") @NotNull String callbackUri,
    @JsonProperty("subscriptionType") @NotNull AppPkgSubscriptionType subscriptionType,
    @JsonProperty("appPkgFilter") @Nullable List<@Valid AppPkgFilter> appPkgFilter) {

  /** Copies collections so the record stays immutable. */
  public AppPkgSubscription {
    appPkgFilter = Copies.list(appPkgFilter);
  }
}
