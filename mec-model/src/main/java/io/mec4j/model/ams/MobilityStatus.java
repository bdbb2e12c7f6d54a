package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a device (UE) is in moving out of the MEC host that serves it, as reported by a
 * {@link MobilityProcedureNotification} and filtered on by {@link MobilityProcedureFilterCriteria}.
 *
 * <p>A numeric enumeration on the wire; other codes are reserved. ETSI GS MEC 021, clause 7.4.2.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum MobilityStatus {
  /** Code 1: the device has started to move to another MEC host. */
  INTERHOST_MOVEOUT_TRIGGERED(1),
  /** Code 2: the device has moved to another MEC host. */
  INTERHOST_MOVEOUT_COMPLETED(2),
  /** Code 3: the move to another MEC host failed. */
  INTERHOST_MOVEOUT_FAILED(3),
  /** A code this version does not know. */
  UNKNOWN(-1);

  private final int code;

  MobilityStatus(int code) {
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
  public static MobilityStatus fromCode(int code) {
    for (MobilityStatus v : values()) {
      if (v.code == code && v != UNKNOWN) {
        return v;
      }
    }
    return UNKNOWN;
  }
}
