package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How an application instance subscription filter selects instances.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum AppInstSelectorType {
  /** Code 0. */
  VOID(0),
  /** Code 1. */
  APP_IDENTITY(1),
  /** Code 2. */
  APP_NAME(2),
  /** Code 3. */
  APP_D_ID(3),
  /** Code 4. */
  APP_FROM_PROVIDER(4),
  /** A code this version does not know. */
  UNKNOWN(-1);

  private final int code;

  AppInstSelectorType(int code) {
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
  public static AppInstSelectorType fromCode(int code) {
    for (AppInstSelectorType v : values()) {
      if (v.code == code && v != UNKNOWN) {
        return v;
      }
    }
    return UNKNOWN;
  }
}
