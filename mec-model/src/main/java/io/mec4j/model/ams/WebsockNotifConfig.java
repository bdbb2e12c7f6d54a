package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * The {@code WebsockNotifConfig} data type of ETSI GS MEC 021 (clause 7.5.7).
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema WebsockNotifConfig).
 *
 * @param websocketUri Set by AMS to indicate to the service consumer the Websocket URI to be used for delivering notifications.
 * @param requestWebsocketUri Set to true by the service consumer to indicate that Websocket delivery is requested.
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "WebsockNotifConfig")
public record WebsockNotifConfig(
    @JsonProperty("websocketUri") @Nullable String websocketUri,
    @JsonProperty("requestWebsocketUri") @Nullable Boolean requestWebsocketUri) {
}
