package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * For a group of virtualised resources of a given size, the minimum number of instances that must be preserved while
 * NFVI maintenance impacts the group.
 *
 * <p>Group sizes are unique within a list and can be ordered; a group may hold fewer instances than its size.
 *
 * <p>ETSI GS NFV-IFA 011, clause 7.1.8.22.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema MinNumberOfPreservedInstances), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema MinNumberOfPreservedInstances).
 *
 * @param groupSize size of the group this minimum applies to; the size is unlimited when absent
 * @param minNumberOfPreservedInstances the minimum number of instances of the group that must be preserved
 *     simultaneously
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "MinNumberOfPreservedInstances")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "MinNumberOfPreservedInstances")
public record MinNumberOfPreservedInstances(
    @JsonProperty("groupSize") @Nullable Integer groupSize,
    @JsonProperty("minNumberOfPreservedInstances") @Nullable Integer minNumberOfPreservedInstances) {
}
