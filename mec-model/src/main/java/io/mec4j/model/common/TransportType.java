package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import io.mec4j.model.EtsiSchema;

/**
 * Enumeration representing types of transports.
 *
 * <p>Defined in ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema TransportTypes), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema TransportTypes), ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema TransportTypes), ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema TransportType).
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "TransportType")
@EtsiSchema(spec = "MEC011_AppSupport", name = "TransportTypes")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "TransportTypes")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "TransportTypes")
public enum TransportType {
  /** Wire value {@code REST_HTTP}. */
  REST_HTTP,
  /** Wire value {@code MB_TOPIC_BASED}. */
  MB_TOPIC_BASED,
  /** Wire value {@code MB_ROUTING}. */
  MB_ROUTING,
  /** Wire value {@code MB_PUBSUB}. */
  MB_PUBSUB,
  /** Wire value {@code RPC}. */
  RPC,
  /** Wire value {@code RPC_STREAMING}. */
  RPC_STREAMING,
  /** Wire value {@code WEBSOCKET}. */
  WEBSOCKET,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
