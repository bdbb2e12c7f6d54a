package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code FilterCriteria} data type of ETSI GS MEC 021.
 * <p>List of filtering criteria for the subscription. Any filtering criteria from below, which is included in the request, shall also be included in the response.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema FilterCriteria).
 *
 * @param appInstanceId Identifier of the application instance that registers the Application Mobility Service.
 * @param associateId 0 to N identifiers to associate the information for specific UE(s) and flow(s).
 * @param mobilityStatus In case mobilityStatus is not included in the subscription request, the default value 1 = INTER_HOST_MOBILITY_TRIGGERED shall be used and included in the response. 1 = INTERHOST_MOVEOUT_TRIGGERED. 2 = INTERHOST_MOVEOUT_COMPLETED. 3 = INTERHOST_MOVEOUT_FAILED.
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "FilterCriteria")
public record FilterCriteria(
    @JsonProperty("appInstanceId") @Nullable String appInstanceId,
    @JsonProperty("associateId") @Nullable List<String> associateId,
    @JsonProperty("mobilityStatus") @Nullable List<Integer> mobilityStatus) {

  /** Copies collections so the record stays immutable. */
  public FilterCriteria {
    associateId = Copies.list(associateId);
    mobilityStatus = Copies.list(mobilityStatus);
  }
}
