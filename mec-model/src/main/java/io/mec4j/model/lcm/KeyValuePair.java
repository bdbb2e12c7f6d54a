package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * A key and its string value, such as one MCIO constraint of a {@link GrantInfo}.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schemas KeyValuePairs and KeyValuePair).
 *
 * @param key The key.
 * @param value The value.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "KeyValuePairs")
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "KeyValuePair")
public record KeyValuePair(
    @JsonProperty("key") @Nullable String key,
    @JsonProperty("value") @Nullable String value) {
}
