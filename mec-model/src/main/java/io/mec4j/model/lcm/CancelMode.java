package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * How to cancel an ongoing application LCM operation: the body of a cancel request, and the {@code cancelMode} of an
 * {@link AppLcmOpOcc} being cancelled.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.32 (MEC010-2_AppLcm.yaml, schema CancelMode).
 *
 * @param cancelMode GRACEFUL lets the ongoing resource management operations in the underlying system complete or
 *     time out; FORCED cancels them.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "CancelMode")
public record CancelMode(
    @JsonProperty("CancelMode") @NotNull CancelModeType cancelMode) {
}
