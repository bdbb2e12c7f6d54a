package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import io.mec4j.model.internal.Copies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link MobilityProcedureSubscription} covers: an application instance, devices and mobility statuses.
 *
 * <p>Any criterion included in the request shall also be included in the response. The spec file names this inline
 * schema {@code FilterCriteria}; only {@code MobilityProcedureSubscription.filterCriteria} references it.
 *
 * <p>ETSI GS MEC 021, clause 7.3.2.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema FilterCriteria).
 *
 * @param appInstanceId identifier of the application instance that registered the application mobility service
 * @param associateId identifiers of the devices (UEs) and flows to report on; absent for all devices
 * @param mobilityStatus the mobility statuses to report; when absent from the request, the AMS uses
 *     {@link MobilityStatus#INTERHOST_MOVEOUT_TRIGGERED} and includes it in the response
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "FilterCriteria")
public record MobilityProcedureFilterCriteria(
    @JsonProperty("appInstanceId") @Nullable String appInstanceId,
    @JsonProperty("associateId") @Nullable List<@Valid AssociateId> associateId,
    @JsonProperty("mobilityStatus") @Nullable List<MobilityStatus> mobilityStatus) {

  /** Copies collections so the record stays immutable. */
  public MobilityProcedureFilterCriteria {
    associateId = Copies.list(associateId);
    mobilityStatus = Copies.list(mobilityStatus);
  }
}
