package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code ServiceLivenessUpdate} data type of ETSI GS MEC 011 (clause 8.1.2.5).
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema ServiceLivenessUpdate).
 *
 * @param state Update to the state of the MEC service instance to indicate that the service is still alive ("heartbeat" message). Shall be set to "ACTIVE". (required)
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "ServiceLivenessUpdate")
public record ServiceLivenessUpdate(
    @JsonProperty("state") @NotNull ServiceState state) {
}
