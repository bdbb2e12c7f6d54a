package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A software version of an application product to match in a subscription filter, optionally narrowed to some
 * descriptor versions.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema Versions).
 *
 * @param appSoftVersion Application software version to match.
 * @param appDVersion Application descriptor versions to match; all if absent.
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
