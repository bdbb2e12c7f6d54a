package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * The {@code MaxNumberOfImpactedInstances} data type of ETSI GS MEC 010-2.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema MaxNumberOfImpactedInstances), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema MaxNumberOfImpactedInstances).
 *
 * @param groupSize Determines the size of the group for which the maxNumberOfImpactedInstances is specified.
 * @param maxNumberOfImpactedInstances The maximum number of instances that can be impacted simultaneously within the group of the specified size.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "MaxNumberOfImpactedInstances")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "MaxNumberOfImpactedInstances")
public record MaxNumberOfImpactedInstances(
    @JsonProperty("groupSize") @Nullable Integer groupSize,
    @JsonProperty("maxNumberOfImpactedInstances") @Nullable Integer maxNumberOfImpactedInstances) {
}
