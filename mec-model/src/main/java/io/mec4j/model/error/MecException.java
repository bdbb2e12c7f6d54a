package io.mec4j.model.error;

import org.jspecify.annotations.Nullable;

/** Root of every exception mec4j throws. Unchecked. */
public class MecException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message that says what went wrong and how to fix it.
   *
   * @param message the message
   */
  public MecException(String message) {
    super(message);
  }

  /**
   * An exception with a message and the cause.
   *
   * @param message the message
   * @param cause the cause
   */
  public MecException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
