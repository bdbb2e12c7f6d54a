package io.mec4j.platform.spi;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who makes a request, as an {@link Authorizer} established it.
 *
 * @param kind what kind of caller it is
 * @param appInstanceId the application instance the caller acts as, for {@link Kind#APP}; {@code null} otherwise
 */
public record Caller(Kind kind, @Nullable String appInstanceId) {

  /** Kinds of callers. */
  public enum Kind {
    /** A MEC application instance: may read shared information and change only what it owns. */
    APP,
    /** The platform's own management side (MEPM, MEO, operator): may do anything. */
    PLATFORM,
    /** Open mode for local development: no credentials were checked, everything is allowed. */
    OPEN
  }

  /** Checks the components. */
  public Caller {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.APP) != (appInstanceId != null)) {
      throw new IllegalArgumentException("appInstanceId is required for APP callers and only for them");
    }
  }

  /**
   * A MEC application instance.
   *
   * @param appInstanceId its id
   * @return the caller
   */
  public static Caller app(String appInstanceId) {
    return new Caller(Kind.APP, Objects.requireNonNull(appInstanceId, "appInstanceId"));
  }

  /**
   * The platform's management side.
   *
   * @return the caller
   */
  public static Caller platform() {
    return new Caller(Kind.PLATFORM, null);
  }

  /**
   * An unchecked caller in open mode.
   *
   * @return the caller
   */
  public static Caller open() {
    return new Caller(Kind.OPEN, null);
  }

  /**
   * Whether this caller may act on resources owned by {@code owner}.
   *
   * @param owner the owning application instance id
   * @return true for the owner itself, the platform and open mode
   */
  public boolean mayActFor(String owner) {
    return kind != Kind.APP || owner.equals(appInstanceId);
  }

  @Override
  public String toString() {
    return kind == Kind.APP ? "app " + appInstanceId : kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
