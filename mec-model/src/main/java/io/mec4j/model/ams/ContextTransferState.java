package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import io.mec4j.model.EtsiSchema;

/**
 * State of the transfer of a device's user context to another application instance, in string form.
 *
 * <p>No schema or operation of the spec file references {@code contextTransferState1_}: {@link DeviceInformation}
 * carries the state as a number ({@link ContextTransferStateCode}). This type exists so that every schema of the
 * file has a Java type; use {@link ContextTransferStateCode}.
 *
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema contextTransferState1_).
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "contextTransferState1_")
public enum ContextTransferState {
  /** The user context has not been transferred. */
  NOT_TRANSFERRED,
  /** The user context has been transferred. */
  USER_CONTEXT_TRANSFER_COMPLETED,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
