package io.mec4j.model.federation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A MEC system as known to a MEC federation: the {@code system_info} resource that the MEC orchestrator of each member
 * system registers with its MEC federator, and that the members discover each other through.
 *
 * <p>A MEC system is one operator's (provider's) MEC deployment: its MEC orchestrator and the MEC hosts it manages. On
 * joining the federation its orchestrator POSTs its {@code SystemInfo} without {@code systemId}; the federator assigns
 * the identifier and returns it with the {@code Location} of the new resource. Other members find it with
 * {@code GET /fed_resources/system_info} (filtered by {@code systemid}, {@code systemname} or {@code systemprovider}),
 * it is changed with a {@link SystemInfoUpdate} and removed on leaving the federation. Changes are announced to
 * subscribers in a {@link SystemUpdateNotification}.
 *
 * <p>ETSI GS MEC 040, clause 6.2.2.
 * <p>Schema: ETSI GS MEC 040 (MEC040_FederationEnablement.yaml, schema SystemInfo).
 *
 * @param systemId identifier of the MEC system, unique across the federation (a UUID is recommended); assigned by the
 *     MEC federator, so absent in POST requests and present otherwise
 * @param systemName name of the MEC system, by which other MEC systems identify it
 * @param systemProvider provider (operator) of the MEC system
 */
@EtsiSchema(spec = "MEC040_FederationEnablement", name = "SystemInfo")
public record SystemInfo(
    @JsonProperty("systemId") @Nullable String systemId,
    @JsonProperty("systemName") @NotNull String systemName,
    @JsonProperty("systemProvider") @NotNull String systemProvider) {
}
