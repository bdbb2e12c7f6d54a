package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * A heartbeat message with which a MEC service instance tells the MEC platform that it is still alive.
 *
 * <p>Data type {@code ServiceLivenessUpdate} of ETSI GS MEC 011, clause 8.1.2.5.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema ServiceLivenessUpdate).
 *
 * @param state always {@link ServiceState#ACTIVE}
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "ServiceLivenessUpdate")
public record ServiceLivenessUpdate(
    @JsonProperty("state") @NotNull ServiceState state) {
}
