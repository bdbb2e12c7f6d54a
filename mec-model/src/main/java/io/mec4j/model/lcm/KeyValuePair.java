package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * The {@code KeyValuePairs} data type of ETSI GS MEC 010-2.
 * <p>This data type represents a list of key-value pairs. The order of the pairs in the list is not
 * significant. In JSON, a set of key-value pairs is represented as an object. It shall comply with
 * the provisions defined in clause 4 of IETF RFC 8259.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema KeyValuePair), ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema KeyValuePairs).
 *
 * @param key the key attribute
 * @param value the value attribute
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "KeyValuePairs")
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "KeyValuePair")
public record KeyValuePair(
    @JsonProperty("key") @Nullable String key,
    @JsonProperty("value") @Nullable String value) {
}
