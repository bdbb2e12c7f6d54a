package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code CancelMode} data type of ETSI GS MEC 010-2 (clause 6.2.2.32).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema CancelMode).
 *
 * @param cancelMode Indicates the intervention action to be taken. GRACEFUL: Indicates ongoing resource management operations in the underlying system are allowed to complete execution or time out. FORCED: Indicates ongoing resource management operations in the underlying system are to be cancelled without allowing them to complete execution or time out. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "CancelMode")
public record CancelMode(
    @JsonProperty("CancelMode") @NotNull CancelModeType cancelMode) {
}
