package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * State of the transfer of a device's user context to another application instance, as sent in
 * {@link DeviceInformation#contextTransferState()}.
 *
 * <p>A numeric enumeration on the wire. {@link ContextTransferState} is the string form of the same states, defined by
 * the spec file but used by no schema.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum ContextTransferStateCode {
  /** Code 0: not transferred; the default, and the value of an initial registration. */
  NOT_TRANSFERRED(0),
  /** Code 1: the user context has been transferred. */
  USER_CONTEXT_TRANSFER_COMPLETED(1),
  /** A code this version does not know. */
  UNKNOWN(-1);

  private final int code;

  ContextTransferStateCode(int code) {
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
  public static ContextTransferStateCode fromCode(int code) {
    for (ContextTransferStateCode v : values()) {
      if (v.code == code && v != UNKNOWN) {
        return v;
      }
    }
    return UNKNOWN;
  }
}
