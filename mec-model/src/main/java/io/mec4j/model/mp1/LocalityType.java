package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import io.mec4j.model.EtsiSchema;

/**
 * The scope of locality of a MEC service: the part of the MEC system within which it counts as local.
 *
 * <p>Data type {@code LocalityType} of ETSI GS MEC 011, clause 8.1.6.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema LocalityType).
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "LocalityType")
public enum LocalityType {
  /** The whole MEC system. */
  MEC_SYSTEM,
  /** One MEC host; the default when a service gives no scope. */
  MEC_HOST,
  /** One NFVI point of presence (for a service deployed as a VNF). */
  NFVI_POP,
  /** One zone (for a service deployed as a VNF). */
  ZONE,
  /** One group of zones (for a service deployed as a VNF). */
  ZONE_GROUP,
  /** One NFVI node (for a service deployed as a VNF). */
  NFVI_NODE,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
