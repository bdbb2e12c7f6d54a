package io.mec4j.model.federation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.EndPointInfo;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a registered MEC system, the body of {@code PATCH /fed_resources/system_info/{systemId}}.
 *
 * <p>At least one attribute shall be present; the attributes that are absent are left unchanged.
 *
 * <p>ETSI GS MEC 040, clause 6.2.3.
 * <p>Schema: ETSI GS MEC 040 (MEC040_FederationEnablement.yaml, schema SystemInfoUpdate).
 *
 * @param systemName new name of the MEC system, by which other MEC systems identify it
 * @param endpoint new endpoint (URI, FQDN, IP address and port, ...) of the MEC federator
 */
@EtsiSchema(spec = "MEC040_FederationEnablement", name = "SystemInfoUpdate")
public record SystemInfoUpdate(
    @JsonProperty("systemName") @Nullable String systemName,
    @JsonProperty("endpoint") @Valid @Nullable EndPointInfo endpoint) {
}
