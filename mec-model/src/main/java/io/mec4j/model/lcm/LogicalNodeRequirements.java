package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code LogicalNodeRequirements} data type of ETSI GS MEC 010-2.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema LogicalNodeRequirements), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema LogicalNodeRequirements).
 *
 * @param id Identifies this set of logical node requirements (required)
 * @param logicalNodeRequirementDetail The logical node-level compute, memory and I/O requirements. An array of key-value pairs that articulate the deployment requirements. This could include the number of CPU cores on this logical node, a memory configuration specific to a logical node (e.g. such as available in the Linux kernel via the libnuma library) or a requirement related to the association of an I/O device with the logical node.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "LogicalNodeRequirements")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "LogicalNodeRequirements")
public record LogicalNodeRequirements(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("logicalNodeRequirementDetail") @Nullable List<String> logicalNodeRequirementDetail) {

  /** Copies collections so the record stays immutable. */
  public LogicalNodeRequirements {
    logicalNodeRequirementDetail = Copies.list(logicalNodeRequirementDetail);
  }
}
