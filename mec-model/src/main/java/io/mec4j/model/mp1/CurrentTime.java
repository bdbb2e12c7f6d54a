package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code CurrentTime} data type of ETSI GS MEC 011 (clause 7.1.2.5).
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema CurrentTime).
 *
 * @param seconds The seconds part of the Time. Time is defined as Unix-time since January 1, 1970, 00:00:00 UTC (required)
 * @param nanoSeconds The nanoseconds part of the Time. Time is defined as Unix-time since January 1, 1970, 00:00:00 UTC (required)
 * @param timeSourceStatus Platform Time Source status with the following permitted values: TRACEABLE - time source is locked to the UTC time source NONTRACEABLE - time source is not locked to the UTC time source (required)
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "CurrentTime")
public record CurrentTime(
    @JsonProperty("seconds") @NotNull Long seconds,
    @JsonProperty("nanoSeconds") @NotNull Long nanoSeconds,
    @JsonProperty("timeSourceStatus") @NotNull TimeSourceStatus timeSourceStatus) {
}
