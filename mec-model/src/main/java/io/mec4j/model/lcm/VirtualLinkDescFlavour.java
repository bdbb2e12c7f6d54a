package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A flavour of a virtual link, with its QoS.
 *
 * <p>An ETSI GS NFV-IFA 011 information element.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema VirtualLinkDescFlavour), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema VirtualLinkDescFlavour).
 *
 * @param flavourId identifier of the flavour within its {@link VnfVirtualLinkDesc}
 * @param qos QoS of the virtual link
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "VirtualLinkDescFlavour")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "VirtualLinkDescFlavour")
public record VirtualLinkDescFlavour(
    @JsonProperty("flavourId") @NotNull String flavourId,
    @JsonProperty("qos") @Valid @Nullable QoS qos) {
}
