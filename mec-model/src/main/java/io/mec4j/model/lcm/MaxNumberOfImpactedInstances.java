package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * For a group of virtualised resources of a given size, the maximum number of instances that NFVI maintenance may
 * impact at the same time.
 *
 * <p>Group sizes are unique within a list and can be ordered. A group may hold fewer instances than its size: at least
 * 1 for the smallest size, otherwise at least one more than the previous size.
 *
 * <p>ETSI GS NFV-IFA 011, clause 7.1.8.18.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema MaxNumberOfImpactedInstances), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema MaxNumberOfImpactedInstances).
 *
 * @param groupSize size of the group this limit applies to
 * @param maxNumberOfImpactedInstances the maximum number of instances of the group that can be impacted simultaneously
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "MaxNumberOfImpactedInstances")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "MaxNumberOfImpactedInstances")
public record MaxNumberOfImpactedInstances(
    @JsonProperty("groupSize") @Nullable Integer groupSize,
    @JsonProperty("maxNumberOfImpactedInstances") @Nullable Integer maxNumberOfImpactedInstances) {
}
