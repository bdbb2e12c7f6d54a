package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code AppInstanceSubscriptionFilter} data type of ETSI GS MEC 010-2 (clause 6.2.2.5).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema AppInstanceSubscriptionFilter).
 *
 * @param appInstSelectorType 0 = void 1 = APP_IDENTITY 2 = APP_NAME 3 = APP_D_ID 4 = APP_FROM_PROVIDER (required)
 * @param appInstances If appInstIdSelector = APP_IDENTITY match existing application instances with an "application instance identifier" listed in this attribute. <p>If appInstIdSelector = APP_NAME match existing application instances with an "application instance name" listed in this attribute. <p>If appInstIdSelector = APP_D_ID match existing application instances, or those created in the future whilst the subscription is active, based on the application descriptors identified by one of the "application descriptor identities" listed in this attribute. <p>If appInstIdSelector = APP_FROM_PROVIDER this attribute shall not be included.
 * @param appsFromProviders Present only if appInstIdSelector = APP_FROM_PROVIDER. Match existing application instances, or those created in the future whilst the subscription is active, that belong to applications from certain providers.
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
