package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code AppReadyConfirmation} data type of ETSI GS MEC 011 (clause 7.1.4.4).
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema AppReadyConfirmation).
 *
 * @param indication Indication about the MEC application instance: READY (required)
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "AppReadyConfirmation")
public record AppReadyConfirmation(
    @JsonProperty("indication") @NotNull String indication) {
}
