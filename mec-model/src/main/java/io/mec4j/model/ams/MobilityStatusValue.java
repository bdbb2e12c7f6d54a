package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code MobilityStatus1_} data type of ETSI GS MEC 021.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema MobilityStatus1_).
 *
 * @param status Indicate the status of the UE mobility: 1 = INTERHOST_MOVEOUT_TRIGGERED 2 = INTERHOST_MOVEOUT_COMPLETED 3 = INTERHOST_MOVEOUT_FAILED (required)
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "MobilityStatus1_")
public record MobilityStatusValue(
    @JsonProperty("status") @NotNull MobilityStatus status) {
}
