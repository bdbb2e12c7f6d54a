package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The message with which a MEC application instance tells the MEC platform that it is up and running.
 *
 * <p>Data type {@code AppReadyConfirmation} of ETSI GS MEC 011, clause 7.1.4.4.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema AppReadyConfirmation).
 *
 * @param indication state of the application instance; {@code READY}
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "AppReadyConfirmation")
public record AppReadyConfirmation(
    @JsonProperty("indication") @NotNull String indication) {
}
