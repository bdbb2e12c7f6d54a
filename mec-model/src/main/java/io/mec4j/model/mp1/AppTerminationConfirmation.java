package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code AppTerminationConfirmation} data type of ETSI GS MEC 011 (clause 7.1.4.3).
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema AppTerminationConfirmation).
 *
 * @param operationAction Operation that is being performed on the MEC application instance: STOPPPING TERMINATING The value shall match that sent in the corresponding AppTerminationNotification. (required)
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "AppTerminationConfirmation")
public record AppTerminationConfirmation(
    @JsonProperty("operationAction") @NotNull OperationActionType operationAction) {
}
