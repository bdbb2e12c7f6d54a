package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Configuration of the operation that terminates an application instance: how long a graceful termination may take, and
 * application-specific parameters.
 *
 * <p>The ETSI GS NFV-IFA 011 {@code TerminateVnfOpConfig} applied to MEC applications.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema TerminateAppInstanceOpConfig).
 *
 * @param minGracefulTerminationTimeout minimum timeout for terminating an instance gracefully
 * @param maxRecommendedGracefulTerminationTimeout the provider's recommended maximum timeout for a graceful termination
 *     under conditions such as maximum load; informative, not a constraint
 * @param parameter application-specific parameters to pass when the operation is invoked
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "TerminateAppInstanceOpConfig")
public record TerminateAppInstanceOpConfig(
    @JsonProperty("minGracefulTerminationTimeout") @NotNull Double minGracefulTerminationTimeout,
    @JsonProperty("maxRecommendedGracefulTerminationTimeout") @Nullable Double maxRecommendedGracefulTerminationTimeout,
    @JsonProperty("parameter") @Nullable List<String> parameter) {

  /** Copies collections so the record stays immutable. */
  public TerminateAppInstanceOpConfig {
    parameter = Copies.list(parameter);
  }
}
