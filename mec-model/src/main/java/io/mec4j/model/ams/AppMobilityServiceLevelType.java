package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether the instance serving a device may be changed when the device moves to another MEC host, and whether the
 * application instance confirms the change first.
 *
 * <p>A numeric enumeration on the wire; other codes are reserved. ETSI GS MEC 021, clause 7.4.5.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum AppMobilityServiceLevelType {
  /**
   * Code 1: the current instance keeps serving the device; the AMS has the MEC platform steer the device's traffic to
   * it when the device moves across MEC hosts.
   */
  APP_MOBILITY_NOT_ALLOWED(1),
  /**
   * Code 2: the serving instance may change once the application confirms; the AMS then has the MEC platform route the
   * traffic to the target instance and release the resources of the previous one.
   */
  APP_MOBILITY_WITH_CONFIRMATION(2),
  /**
   * Code 3: the serving instance may change without confirmation from the application; the AMS has the MEC platform
   * route the traffic to the target instance and release the resources of the previous one.
   */
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
