package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * The {@code MinNumberOfPreservedInstances} data type of ETSI GS MEC 010-2.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema MinNumberOfPreservedInstances), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema MinNumberOfPreservedInstances).
 *
 * @param groupSize Determines the size of the group for which the minNumberOfPreservedInstances is specified.
 * @param minNumberOfPreservedInstances The minimum number of instances which need to be preserved simultaneously within the group of the specified size.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "MinNumberOfPreservedInstances")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "MinNumberOfPreservedInstances")
public record MinNumberOfPreservedInstances(
    @JsonProperty("groupSize") @Nullable Integer groupSize,
    @JsonProperty("minNumberOfPreservedInstances") @Nullable Integer minNumberOfPreservedInstances) {
}
