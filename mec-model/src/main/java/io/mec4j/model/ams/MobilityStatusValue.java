package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * An object holding a device's mobility status ({@code {"status": 1}}).
 *
 * <p>No schema or operation of the spec file references {@code MobilityStatus1_}; it is a helper definition left from
 * the conversion of the spec text. This type exists so that every schema of the file has a Java type. Notifications
 * and filters carry the status as a bare number, see {@link MobilityProcedureNotification#mobilityStatus()}.
 *
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema MobilityStatus1_).
 *
 * @param status the mobility status
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "MobilityStatus1_")
public record MobilityStatusValue(
    @JsonProperty("status") @NotNull MobilityStatus status) {
}
