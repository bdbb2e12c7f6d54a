package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Requirements on one logical node of the host, such as a NUMA node: its CPU, memory and I/O.
 *
 * <p>An ETSI GS NFV-IFA 011 information element.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema LogicalNodeRequirements), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema LogicalNodeRequirements).
 *
 * @param id identifier (a UUID) of this set of requirements;
 *     {@link VirtualNetworkInterfaceRequirements#nicIoRequirements()} refers to it
 * @param logicalNodeRequirementDetail the compute, memory and I/O requirements of the logical node, e.g. the number of
 *     CPU cores on it, a NUMA memory configuration or the association of an I/O device with it, as key-value strings
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
