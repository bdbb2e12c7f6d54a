package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Whether a MEC application is stateful and, if so, whether it supports transferring user context to another instance
 * when a device moves.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.1.20.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema UserContextTransferCapability), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema UserContextTransferCapability).
 *
 * @param statefulApplication whether the application is stateful
 * @param userContextTransferSupport whether the application supports user context transfer; present for stateful
 *     applications only
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "UserContextTransferCapability")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "UserContextTransferCapability")
public record UserContextTransferCapability(
    @JsonProperty("statefulApplication") @NotNull Boolean statefulApplication,
    @JsonProperty("userContextTransferSupport") @Nullable Boolean userContextTransferSupport) {
}
