package io.mec4j.model.federation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.EndPointInfo;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * The {@code SystemInfoUpdate} data type of ETSI GS MEC 040 (clause 6.2.3).
 * <p>  NOTE: At least one attribute shall exist.
 * <p>Schema: ETSI GS MEC 040 (MEC040_FederationEnablement.yaml, schema SystemInfoUpdate).
 *
 * @param systemName The name of the MEC system. This is how the MEC system identifies other MEC systems.
 * @param endpoint Endpoint information (e.g. URI, FQDN, IP address) of MEC federator.
 */
@EtsiSchema(spec = "MEC040_FederationEnablement", name = "SystemInfoUpdate")
public record SystemInfoUpdate(
    @JsonProperty("systemName") @Nullable String systemName,
    @JsonProperty("endpoint") @Valid @Nullable EndPointInfo endpoint) {
}
