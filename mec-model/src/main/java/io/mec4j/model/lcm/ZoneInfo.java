package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ZoneInfo} data type of ETSI GS MEC 010-2 (clause 6.2.4.6).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema ZoneInfo).
 *
 * @param id The identifier of this ZoneInfo instance, for the purpose of referencing it from other structures in the "Grant" structure. (required)
 * @param zoneId The identifier of the resource zone, as managed by the resource management layer (typically, the VIM). (required)
 * @param vimConnectionId Identifier of the connection to the VIM that manages the resource zone. <p>The applicable "VimConnectionInfo" structure, which is referenced by vimConnectionId, can be obtained from the " vimConnectionInfo" attribute of the "AppInstanceInfo" structure.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "ZoneInfo")
public record ZoneInfo(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("zoneId") @NotNull String zoneId,
    @JsonProperty("vimConnectionId") @Nullable String vimConnectionId) {
}
