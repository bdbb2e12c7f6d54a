package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import io.mec4j.model.EtsiSchema;

/**
 * The kind of transport over which a MEC service is provided.
 *
 * <p>Data type {@code TransportType} of ETSI GS MEC 011, clause 8.1.6.4 (named {@code TransportTypes} in some files).
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema TransportType), ETSI GS MEC 011 (MEC011_AppSupport.yaml,
 * schema TransportTypes), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema TransportTypes), ETSI GS MEC 010-2
 * (MEC010-2_AppLcm.yaml, schema TransportTypes).
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "TransportType")
@EtsiSchema(spec = "MEC011_AppSupport", name = "TransportTypes")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "TransportTypes")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "TransportTypes")
public enum TransportType {
  /** RESTful API over HTTP (IETF RFC 9110). */
  REST_HTTP,
  /** Topic-based message bus (e.g. MQTT): messages go to the subscribers whose pattern matches the topic. */
  MB_TOPIC_BASED,
  /** Routing-based message bus: messages go to the subscribers whose key equals the message key. */
  MB_ROUTING,
  /** Publish-subscribe message bus: messages go to all subscribers. */
  MB_PUBSUB,
  /** Remote procedure call (e.g. gRPC). */
  RPC,
  /** Remote procedure call with streams of requests and responses (e.g. gRPC). */
  RPC_STREAMING,
  /** WebSocket (IETF RFC 6455). */
  WEBSOCKET,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
