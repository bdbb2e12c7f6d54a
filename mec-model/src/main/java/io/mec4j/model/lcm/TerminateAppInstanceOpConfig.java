package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code TerminateAppInstanceOpConfig} data type of ETSI GS MEC 010-2.
 * <p>This information element defines attributes that affect the invocation of the TerminateVnf operation.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema TerminateAppInstanceOpConfig).
 *
 * @param minGracefulTerminationTimeout Minimum timeout value for graceful stop of a VNF instance. (required)
 * @param maxRecommendedGracefulTerminationTimeout Maximum recommended timeout value that can be needed to gracefully terminate a VNF instance of a particular type under certain conditions, such as maximum load condition. This is provided by VNF provider as information for the operator facilitating the selection of optimal timeout value. This value is not used as constraint.
 * @param parameter Array of KVP requirements for VNF-specific parameters to be passed when invoking the TerminateVnf operation. See note.
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
