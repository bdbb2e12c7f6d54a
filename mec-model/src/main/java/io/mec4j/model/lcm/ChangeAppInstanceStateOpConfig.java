package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ChangeAppInstanceStateOpConfig} data type of ETSI GS MEC 010-2.
 * <p>This information element defines attributes that affect the invocation of the OperateVnf operation.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema ChangeAppInstanceStateOpConfig).
 *
 * @param minGracefulStopTimeout Minimum timeout value for graceful stop of a VNF instance. (required)
 * @param maxRecommendedGracefulStopTimeout Maximum recommended timeout value that can be needed to gracefully stop a VNF instance of a particular type under certain conditions, such as maximum load condition. This is provided by VNF provider as information for the operator facilitating the selection of optimal timeout value. This value is not used as constraint.
 * @param parameter Array of KVP requirements for VNF-specific parameters to be passed when invoking the OperateVnf operation. See note.
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
