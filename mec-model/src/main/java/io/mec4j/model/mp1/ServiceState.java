package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import io.mec4j.model.EtsiSchema;

/**
 * The state of a MEC service instance.
 *
 * <p>Data type {@code ServiceState} of ETSI GS MEC 011, clause 8.1.6.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema ServiceState).
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "ServiceState")
public enum ServiceState {
  /** The service is running and can be consumed. */
  ACTIVE,
  /** The service is not running. */
  INACTIVE,
  /** The service is suspended and cannot be consumed until it is active again. */
  SUSPENDED,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
