package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of identifier an {@link AssociateId} carries (ETSI GS MEC 012 {@code AssociateId.type}), sent as its
 * numeric code.
 *
 * <p>{@link #UNKNOWN} stands for a code this version of mec4j does not know; it is only produced when reading and
 * must not be sent.
 */
public enum AssociateIdType {
  /** Code 0: reserved. */
  RESERVED(0),
  /** Code 1: the UE's IPv4 address. */
  UE_IPV4_ADDRESS(1),
  /** Code 2: the UE's IPv6 address. */
  UE_IPV6_ADDRESS(2),
  /** Code 3: a NATed IP address. */
  NATED_IP_ADDRESS(3),
  /** Code 4: a GTP tunnel endpoint identifier. */
  GTP_TEID(4),
  /** A code this version does not know. */
  UNKNOWN(-1);

  private final int code;

  AssociateIdType(int code) {
    this.code = code;
  }

  /**
   * The numeric code sent on the wire.
   *
   * @return the code
   */
  @JsonValue
  public int code() {
    return code;
  }

  /**
   * The constant for a wire code.
   *
   * @param code the code
   * @return the constant, or {@link #UNKNOWN} for a code this version does not know
   */
  @JsonCreator
  public static AssociateIdType fromCode(int code) {
    for (AssociateIdType v : values()) {
      if (v.code == code && v != UNKNOWN) {
        return v;
      }
    }
    return UNKNOWN;
  }
}
