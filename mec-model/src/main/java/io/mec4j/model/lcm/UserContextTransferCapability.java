package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code UserContextTransferCapability} data type of ETSI GS MEC 010-2 (clause 6.2.1.20).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema UserContextTransferCapability), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema UserContextTransferCapability).
 *
 * @param statefulApplication If the application is stateful, this attribute shall be set to true. Otherwise, this attribute shall be set to false. (required)
 * @param userContextTransferSupport This attribute shall be present if the application is stateful and shall be absent otherwise. <p>If the application supports the user context transfer, this attribute shall be set to true. Otherwise this attribute shall be set to false.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "UserContextTransferCapability")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "UserContextTransferCapability")
public record UserContextTransferCapability(
    @JsonProperty("statefulApplication") @NotNull Boolean statefulApplication,
    @JsonProperty("userContextTransferSupport") @Nullable Boolean userContextTransferSupport) {
}
