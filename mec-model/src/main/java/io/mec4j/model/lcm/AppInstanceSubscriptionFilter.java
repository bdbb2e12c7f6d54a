package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Criteria that select the application instances a subscription applies to: by instance identifier or name, by
 * descriptor or by provider.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.5 (MEC010-2_AppLcm.yaml, schema AppInstanceSubscriptionFilter).
 *
 * @param appInstSelectorType How instances are selected; it decides what {@code appInstances} holds.
 * @param appInstances Instance identifiers (APP_IDENTITY), instance names (APP_NAME) or application descriptor
 *     identifiers (APP_D_ID) to match; with APP_D_ID, instances created later while the subscription is active match
 *     too. Absent for APP_FROM_PROVIDER.
 * @param appsFromProviders Providers whose application instances match, including instances created later while the
 *     subscription is active; present only for APP_FROM_PROVIDER.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppInstanceSubscriptionFilter")
public record AppInstanceSubscriptionFilter(
    @JsonProperty("appInstSelectorType") @NotNull AppInstSelectorType appInstSelectorType,
    @JsonProperty("appInstances") @Nullable List<String> appInstances,
    @JsonProperty("appsFromProviders") @Nullable List<@Valid AppsFromProviders> appsFromProviders) {

  /** Copies collections so the record stays immutable. */
  public AppInstanceSubscriptionFilter {
    appInstances = Copies.list(appInstances);
    appsFromProviders = Copies.list(appsFromProviders);
  }
}
