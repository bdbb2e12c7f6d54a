package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code VirtualLinkDescFlavour} data type of ETSI GS MEC 010-2.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema VirtualLinkDescFlavour), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema VirtualLinkDescFlavour).
 *
 * @param flavourId Identifies a flavour within a VnfVirtualLinkDesc. (required)
 * @param qos QoS of the VL.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "VirtualLinkDescFlavour")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "VirtualLinkDescFlavour")
public record VirtualLinkDescFlavour(
    @JsonProperty("flavourId") @NotNull String flavourId,
    @JsonProperty("qos") @Valid @Nullable QoS qos) {
}
