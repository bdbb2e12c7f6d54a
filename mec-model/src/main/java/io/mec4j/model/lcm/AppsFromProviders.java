package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code AppsFromProviders} data type of ETSI GS MEC 010-2.
 * <p>Present only if appInstIdSelector = APP_FROM_PROVIDER. Match existing application instances, or those created in the future whilst the subscription is active, that belong to applications from certain providers.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema AppsFromProviders).
 *
 * @param appProvider Name of the application provider to match. (required)
 * @param appProducts If present, match application instances that belong to application products with certain product names, from one particular provider.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppsFromProviders")
public record AppsFromProviders(
    @JsonProperty("appProvider") @NotNull String appProvider,
    @JsonProperty("appProducts") @Nullable List<@Valid AppProducts> appProducts) {

  /** Copies collections so the record stays immutable. */
  public AppsFromProviders {
    appProducts = Copies.list(appProducts);
  }
}
