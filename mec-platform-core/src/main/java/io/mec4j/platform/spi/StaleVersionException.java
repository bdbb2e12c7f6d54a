package io.mec4j.platform.spi;

/** A conditional store write found another version than the one the caller read. */
public final class StaleVersionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long expected;
  private final long actual;

  /**
   * The precondition failed.
   *
   * @param id the entry's key
   * @param expected the version the caller expected
   * @param actual the entry's current version
   */
  public StaleVersionException(String id, long expected, long actual) {
    super("Entry " + id + " is at version " + actual + ", not " + expected);
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * The version the caller expected.
   *
   * @return the expected version
   */
  public long expected() {
    return expected;
  }

  /**
   * The entry's current version.
   *
   * @return the actual version
   */
  public long actual() {
    return actual;
  }
}
