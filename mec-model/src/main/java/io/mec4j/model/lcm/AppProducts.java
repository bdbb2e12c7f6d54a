package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An application product of one provider to match in a subscription filter, optionally narrowed to some of its
 * versions.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema AppProducts).
 *
 * @param appName Name of the application product to match.
 * @param versions Versions of the product to match; all versions if absent.
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
