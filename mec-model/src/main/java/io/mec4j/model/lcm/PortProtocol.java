package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The L4 protocol of a port exposed by a connection point.
 *
 * <p>ETSI GS NFV-IFA 011 {@code ServicePortData.protocol}.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when reading and must
 * not be sent.
 */
public enum PortProtocol {
  /** TCP. */
  TCP,
  /** UDP. */
  UDP,
  /** SCTP. */
  SCTP,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
