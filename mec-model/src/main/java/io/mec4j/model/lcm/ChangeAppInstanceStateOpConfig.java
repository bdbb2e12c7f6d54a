package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Configuration of the operation that changes the operational state of an application instance: how long a graceful
 * stop may take, and application-specific parameters.
 *
 * <p>The ETSI GS NFV-IFA 011 {@code VnfOperateOpConfig} applied to MEC applications.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema ChangeAppInstanceStateOpConfig).
 *
 * @param minGracefulStopTimeout minimum timeout for stopping an instance gracefully
 * @param maxRecommendedGracefulStopTimeout the provider's recommended maximum timeout for a graceful stop under
 *     conditions such as maximum load; informative, not a constraint
 * @param parameter application-specific parameters to pass when the operation is invoked
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "ChangeAppInstanceStateOpConfig")
public record ChangeAppInstanceStateOpConfig(
    @JsonProperty("minGracefulStopTimeout") @NotNull Double minGracefulStopTimeout,
    @JsonProperty("maxRecommendedGracefulStopTimeout") @Nullable Double maxRecommendedGracefulStopTimeout,
    @JsonProperty("parameter") @Nullable List<String> parameter) {

  /** Copies collections so the record stays immutable. */
  public ChangeAppInstanceStateOpConfig {
    parameter = Copies.list(parameter);
  }
}
