package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The policy for pinning virtual CPUs to logical CPUs of the host.
 *
 * <p>ETSI GS NFV-IFA 011 {@code VirtualCpuPinningData}.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when reading and must
 * not be sent.
 */
public enum VirtualCpuPinningPolicy {
  /** Pinned according to the pinning rules. */
  STATIC,
  /** Pinned by the infrastructure as it sees fit. */
  DYNAMIC,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
