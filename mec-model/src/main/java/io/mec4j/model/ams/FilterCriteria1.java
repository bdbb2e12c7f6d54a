package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * The {@code FilterCriteria1} data type of ETSI GS MEC 021.
 * <p>List of filtering criteria for the subscription. Any filtering criteria from below, which is included in the request, shall also be included in the response.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema FilterCriteria1).
 *
 * @param appInstanceId Identifier of the application instance that registers to the Application Mobility Service.
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "FilterCriteria1")
public record FilterCriteria1(
    @JsonProperty("appInstanceId") @Nullable String appInstanceId) {
}
