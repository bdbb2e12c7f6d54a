package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the virtual CPUs of a compute resource or an OS container are pinned to logical CPUs of the host.
 *
 * <p>An ETSI GS NFV-IFA 011 information element.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema VirtualCpuPinningData), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema VirtualCpuPinningData).
 *
 * @param virtualCpuPinningPolicy the pinning policy
 * @param virtualCpuPinningRule rules for allocating virtual CPUs to logical CPUs, for the {@code STATIC} policy
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
