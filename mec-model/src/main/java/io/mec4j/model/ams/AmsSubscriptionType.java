package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Numeric code (0 to 255) of an AMS subscription type, as held by {@link AmsSubscriptionTypeValue}.
 *
 * <p>Only the unreferenced schema {@code subscriptionType1_} uses these codes: subscriptions and subscription links
 * carry their type as a string ({@code "MobilityProcedureSubscription"}, {@code "AdjacentAppInfoSubscription"}) and
 * {@code GET /subscriptions} filters with {@code mobility_proc} or {@code adj_app_info}.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum AmsSubscriptionType {
  /** Code 0: reserved. */
  RESERVED(0),
  /** Code 1: mobility procedure ({@link MobilityProcedureSubscription}). */
  MOBILITY_PROCEDURE(1),
  /** Code 2: adjacent application information ({@link AdjacentAppInfoSubscription}). */
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
