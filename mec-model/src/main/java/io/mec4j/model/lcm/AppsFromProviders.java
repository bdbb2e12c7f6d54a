package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An application provider whose instances a subscription filter matches (selector APP_FROM_PROVIDER), optionally
 * narrowed to some of its products.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema AppsFromProviders).
 *
 * @param appProvider Name of the application provider to match.
 * @param appProducts Products of the provider to match; all its products if absent.
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
