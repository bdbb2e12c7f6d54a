package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code VirtualCpuPinningData} data type of ETSI GS MEC 010-2.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema VirtualCpuPinningData), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema VirtualCpuPinningData).
 *
 * @param virtualCpuPinningPolicy Indicates the policy for CPU pinning.
 * @param virtualCpuPinningRule List of rules that should be considered during the allocation of the virtual CPUs to logical CPUs in case of "STATIC" virtualCpuPinningPolicy.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "VirtualCpuPinningData")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "VirtualCpuPinningData")
public record VirtualCpuPinningData(
    @JsonProperty("virtualCpuPinningPolicy") @Nullable VirtualCpuPinningPolicy virtualCpuPinningPolicy,
    @JsonProperty("virtualCpuPinningRule") @Nullable List<String> virtualCpuPinningRule) {

  /** Copies collections so the record stays immutable. */
  public VirtualCpuPinningData {
    virtualCpuPinningRule = Copies.list(virtualCpuPinningRule);
  }
}
