package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The message with which a MEC application instance tells the MEC platform that it has finished its own preparations
 * for being stopped or terminated.
 *
 * <p>Data type {@code AppTerminationConfirmation} of ETSI GS MEC 011, clause 7.1.4.3.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema AppTerminationConfirmation).
 *
 * @param operationAction the operation being performed; the same as in the {@link AppTerminationNotification} it
 *     answers
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "AppTerminationConfirmation")
public record AppTerminationConfirmation(
    @JsonProperty("operationAction") @NotNull OperationActionType operationAction) {
}
