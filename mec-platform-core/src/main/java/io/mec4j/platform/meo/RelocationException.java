package io.mec4j.platform.meo;

/**
 * A relocation did not happen. The source application instance is still running where it was; the target instance,
 * if one was started, has been terminated and deleted.
 */
public final class RelocationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A failed relocation.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public RelocationException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * A failed relocation.
   *
   * @param message what went wrong
   */
  public RelocationException(String message) {
    super(message);
  }
}
