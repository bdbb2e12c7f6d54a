package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request to subscribe to application package notifications, the body of a POST on the subscriptions resource.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.3.7.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppPkgSubscription).
 *
 * @param callbackUri URI to which the notifications are sent
 * @param subscriptionType the kind of package events to notify
 * @param appPkgFilter filters selecting the packages of interest; every package when absent
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
