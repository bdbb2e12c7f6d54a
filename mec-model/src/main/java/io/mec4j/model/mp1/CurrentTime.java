package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The MEC platform's current time and whether its time source is traceable to UTC.
 *
 * <p>Data type {@code CurrentTime} of ETSI GS MEC 011, clause 7.1.2.5. Both time parts are uint32 values, hence
 * {@code Long}.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema CurrentTime).
 *
 * @param seconds seconds part of the time since the Unix epoch, UTC
 * @param nanoSeconds nanoseconds part of the time
 * @param timeSourceStatus whether the platform's time source is locked to UTC
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "CurrentTime")
public record CurrentTime(
    @JsonProperty("seconds") @NotNull Long seconds,
    @JsonProperty("nanoSeconds") @NotNull Long nanoSeconds,
    @JsonProperty("timeSourceStatus") @NotNull TimeSourceStatus timeSourceStatus) {
}
