package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import io.mec4j.model.EtsiSchema;

/**
 * Enumeration representing possible states of a MEC service instance.
 *
 * <p>Defined in ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema ServiceState).
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "ServiceState")
public enum ServiceState {
  /** Wire value {@code ACTIVE}. */
  ACTIVE,
  /** Wire value {@code INACTIVE}. */
  INACTIVE,
  /** Wire value {@code SUSPENDED}. */
  SUSPENDED,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
