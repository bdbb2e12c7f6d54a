package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * How an ongoing application LCM operation is cancelled.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum CancelModeType {
  /** Ongoing resource management operations in the underlying system may complete or time out. */
  GRACEFUL,
  /**
   * Ongoing resource management operations in the underlying system are cancelled without completing. Also read
   * from {@code FORCEFUL}, the name that the description of {@code AppLcmOpOcc.cancelMode} uses.
   */
  @JsonAlias("FORCEFUL")
  FORCED,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
