package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * A request for, and the grant of, notification delivery over a Websocket instead of HTTP callbacks.
 *
 * <p>The service consumer sets {@code requestWebsocketUri}; the AMS answers with the {@code websocketUri} to connect to
 * (ETSI GS MEC 009, clause 6.12a).
 *
 * <p>ETSI GS MEC 021, clause 7.5.7.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema WebsockNotifConfig).
 *
 * @param websocketUri Websocket URI on which the AMS delivers the notifications; set by the AMS
 * @param requestWebsocketUri {@code true} when the service consumer asks for Websocket delivery
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "WebsockNotifConfig")
public record WebsockNotifConfig(
    @JsonProperty("websocketUri") @Nullable String websocketUri,
    @JsonProperty("requestWebsocketUri") @Nullable Boolean requestWebsocketUri) {
}
