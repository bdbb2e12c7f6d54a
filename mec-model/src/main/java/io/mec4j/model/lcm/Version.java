package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * A descriptor version selector: the source and destination descriptors, and the source deployment flavour, a
 * modification applies to.
 *
 * <p>An ETSI GS NFV-IFA 011 information element that no other schema of the files refers to; kept so the schema has a
 * type.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema Version), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema Version).
 *
 * @param srcVnfdId identifier of the source descriptor and package
 * @param dstVnfdId identifier of the destination descriptor and package
 * @param srcFlavourId the deployment flavour of the source package the modification applies to
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "Version")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "Version")
public record Version(
    @JsonProperty("srcVnfdId") @NotNull String srcVnfdId,
    @JsonProperty("dstVnfdId") @NotNull String dstVnfdId,
    @JsonProperty("srcFlavourId") @NotNull String srcFlavourId) {
}
