package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import io.mec4j.model.EtsiSchema;

/**
 * Enumeration representing types of locality.
 *
 * <p>Defined in ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema LocalityType).
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "LocalityType")
public enum LocalityType {
  /** Wire value {@code MEC_SYSTEM}. */
  MEC_SYSTEM,
  /** Wire value {@code MEC_HOST}. */
  MEC_HOST,
  /** Wire value {@code NFVI_POP}. */
  NFVI_POP,
  /** Wire value {@code ZONE}. */
  ZONE,
  /** Wire value {@code ZONE_GROUP}. */
  ZONE_GROUP,
  /** Wire value {@code NFVI_NODE}. */
  NFVI_NODE,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
