package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether an application instance may be relocated, and whether it must confirm first.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum AppMobilityServiceLevelType {
  /** Code 1. */
  APP_MOBILITY_NOT_ALLOWED(1),
  /** Code 2. */
  APP_MOBILITY_WITH_CONFIRMATION(2),
  /** Code 3. */
  APP_MOBILITY_WITHOUT_CONFIRMATION(3),
  /** A code this version does not know. */
  UNKNOWN(-1);

  private final int code;

  AppMobilityServiceLevelType(int code) {
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
  public static AppMobilityServiceLevelType fromCode(int code) {
    for (AppMobilityServiceLevelType v : values()) {
      if (v.code == code && v != UNKNOWN) {
        return v;
      }
    }
    return UNKNOWN;
  }
}
