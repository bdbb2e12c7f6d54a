package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Type of an application mobility service subscription.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum AmsSubscriptionType {
  /** Code 0. */
  RESERVED(0),
  /** Code 1. */
  MOBILITY_PROCEDURE(1),
  /** Code 2. */
  ADJACENT_APPINFO(2),
  /** A code this version does not know. */
  UNKNOWN(-1);

  private final int code;

  AmsSubscriptionType(int code) {
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
  public static AmsSubscriptionType fromCode(int code) {
    for (AmsSubscriptionType v : values()) {
      if (v.code == code && v != UNKNOWN) {
        return v;
      }
    }
    return UNKNOWN;
  }
}
