package io.mec4j.model.federation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code SystemInfo} data type of ETSI GS MEC 040 (clause 6.2.2).
 * <p>Schema: ETSI GS MEC 040 (MEC040_FederationEnablement.yaml, schema SystemInfo).
 *
 * @param systemId Identifier of the MEC system. For the uniqueness of the identifier across the federated MEC systems, UUID format [i.9] is recommended. <p>Shall be absent in POST request, and present otherwise. (required)
 * @param systemName The name of the MEC system. This is how the MEC system identifies other MEC systems (required)
 * @param systemProvider Provider of the MEC system. (required)
 */
@EtsiSchema(spec = "MEC040_FederationEnablement", name = "SystemInfo")
public record SystemInfo(
    @JsonProperty("systemId") @NotNull String systemId,
    @JsonProperty("systemName") @NotNull String systemName,
    @JsonProperty("systemProvider") @NotNull String systemProvider) {
}
