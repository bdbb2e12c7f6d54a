package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code AppProducts} data type of ETSI GS MEC 010-2.
 * <p>If present, match application instances that belong to application products with certain product names, from one particular provider.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema AppProducts).
 *
 * @param appName Name of the application product to match. (required)
 * @param versions If present, match application instances that belong to application products with certain versions and a certain product name, from one particular provider.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppProducts")
public record AppProducts(
    @JsonProperty("appName") @NotNull String appName,
    @JsonProperty("versions") @Nullable List<@Valid Versions> versions) {

  /** Copies collections so the record stays immutable. */
  public AppProducts {
    versions = Copies.list(versions);
  }
}
