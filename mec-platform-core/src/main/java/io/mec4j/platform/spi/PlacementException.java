package io.mec4j.platform.spi;

import java.util.List;
import java.util.Objects;

/**
 * No MEC host fits an application instance. The exception explains, per host, why not; its message lists the first
 * {@value #LISTED} hosts and counts the rest.
 */
public final class PlacementException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How many host explanations the message lists. */
  public static final int LISTED = 20;

  private final String application;
  private final transient List<HostRejection> rejections;

  /**
   * An explained rejection.
   *
   * @param application the application, as named in the request
   * @param rejections why each considered host was rejected; empty when there are no hosts at all
   */
  public PlacementException(String application, List<HostRejection> rejections) {
    super(message(application, rejections));
    this.application = Objects.requireNonNull(application, "application");
    this.rejections = List.copyOf(rejections);
  }

  /**
   * The application that could not be placed.
   *
   * @return its name as in the request
   */
  public String application() {
    return application;
  }

  /**
   * Why each considered host was rejected, in host order.
   *
   * @return the rejections
   */
  public List<HostRejection> rejections() {
    return rejections;
  }

  private static String message(String application, List<HostRejection> rejections) {
    if (rejections.isEmpty()) {
      return "No MEC host can take " + application + ": no MEC host is known to the orchestrator";
    }
    StringBuilder sb = new StringBuilder("No MEC host can take ").append(application).append(" (")
        .append(rejections.size()).append(rejections.size() == 1 ? " host" : " hosts").append(" considered): ");
    int n = Math.min(LISTED, rejections.size());
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(" | ");
      }
      sb.append(rejections.get(i));
    }
    if (rejections.size() > n) {
      sb.append(" | and ").append(rejections.size() - n).append(" more hosts");
    }
    return sb.toString();
  }
}
