package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How an {@link AppInstanceSubscriptionFilter} selects application instances; sent as its numeric code.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum AppInstSelectorType {
  /** No selection (code 0). */
  VOID(0),
  /** By application instance identifier (code 1). */
  APP_IDENTITY(1),
  /** By application instance name (code 2). */
  APP_NAME(2),
  /** By application descriptor identifier, including instances created later (code 3). */
  APP_D_ID(3),
  /** By application provider, product and version, including instances created later (code 4). */
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
