package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A resource zone of a {@link Grant} in which granted resources may be allocated.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.4.6 (MEC010-2_AppGrant.yaml, schema ZoneInfo).
 *
 * @param id Identifier of this entry, referenced from other parts of the grant such as {@link GrantInfo#zoneId()}.
 * @param zoneId Identifier of the resource zone as managed by the resource management layer, typically the VIM.
 * @param vimConnectionId Identifier of the VIM connection that manages the zone.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "ZoneInfo")
public record ZoneInfo(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("zoneId") @NotNull String zoneId,
    @JsonProperty("vimConnectionId") @Nullable String vimConnectionId) {
}
