package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Versions} data type of ETSI GS MEC 010-2.
 * <p>If present, match application instances that belong to application products with certain versions and a certain product name, from one particular provider.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema Versions).
 *
 * @param appSoftVersion Application software version to match. (required)
 * @param appDVersion If present, match application instances that belong to application products with certain appD versions, a certain software version and a certain product name, from one particular provider.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "Versions")
public record Versions(
    @JsonProperty("appSoftVersion") @NotNull String appSoftVersion,
    @JsonProperty("appDVersion") @Nullable List<String> appDVersion) {

  /** Copies collections so the record stays immutable. */
  public Versions {
    appDVersion = Copies.list(appDVersion);
  }
}
