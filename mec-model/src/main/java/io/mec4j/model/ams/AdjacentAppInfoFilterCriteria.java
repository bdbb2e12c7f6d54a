package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link AdjacentAppInfoSubscription} covers: the application instance whose adjacent instances are watched.
 *
 * <p>Any criterion included in the request shall also be included in the response. The spec file names this inline
 * schema {@code FilterCriteria1}; only {@code AdjacentAppInfoSubscription.filterCriteria} references it.
 *
 * <p>ETSI GS MEC 021, clause 7.3.3.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema FilterCriteria1).
 *
 * @param appInstanceId identifier of the application instance that registered to the AMS
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "FilterCriteria1")
public record AdjacentAppInfoFilterCriteria(
    @JsonProperty("appInstanceId") @Nullable String appInstanceId) {
}
