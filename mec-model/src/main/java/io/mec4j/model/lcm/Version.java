package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code Version} data type of ETSI GS MEC 010-2.
 * <p>NOTE 1: Either the srcVnfdId or the dstVnfdId shall be equal to the vnfdId of the VNFD containing this version selector.
 * NOTE 2: It is up to protocol design stage to decide whether there is further optimization potential to apply one modification for multiple srcFlavourIds.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema Version), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema Version).
 *
 * @param srcVnfdId Identifier of the source VNFD and the source VNF package. See note 1. (required)
 * @param dstVnfdId Identifier of the destination VNFD and the destination VNF package. See note 1. (required)
 * @param srcFlavourId Identifier of the deployment flavour in the source VNF package for which this modification applies. See note 2. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "Version")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "Version")
public record Version(
    @JsonProperty("srcVnfdId") @NotNull String srcVnfdId,
    @JsonProperty("dstVnfdId") @NotNull String dstVnfdId,
    @JsonProperty("srcFlavourId") @NotNull String srcFlavourId) {
}
