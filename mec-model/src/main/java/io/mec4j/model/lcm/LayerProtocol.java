package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A protocol layer of a virtual link or a connection point, such as Ethernet or IPv4.
 *
 * <p>ETSI GS NFV-IFA 011 {@code ConnectivityType.layerProtocol} and {@code Cpd.layerProtocol}.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when reading and must
 * not be sent.
 */
public enum LayerProtocol {
  /** Ethernet. */
  @JsonProperty("Ethernet")
  ETHERNET,
  /** MPLS. */
  MPLS,
  /** ODU2 (optical data unit 2). */
  ODU2,
  /** IPv4. */
  IPV4,
  /** IPv6. */
  IPV6,
  /** Pseudo-wire. */
  @JsonProperty("Pseudo-Wire")
  PSEUDO_WIRE,
  /** Another protocol (wire value {@code Etc.}; {@code Etc}, as MEC010-2_AppLcm.yaml spells it, is read too). */
  @JsonProperty("Etc.")
  @JsonAlias("Etc")
  ETC,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
