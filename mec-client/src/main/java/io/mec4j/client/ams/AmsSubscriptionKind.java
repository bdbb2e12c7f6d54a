package io.mec4j.client.ams;

/** The {@code subscriptiontype} filter of MEC 021 {@code GET /subscriptions}. */
public enum AmsSubscriptionKind {
  /** Mobility procedure subscriptions ({@code mobility_proc}). */
  MOBILITY_PROCEDURE("mobility_proc"),
  /** Adjacent application information subscriptions ({@code adj_app_info}). */
  ADJACENT_APP_INFO("adj_app_info");

  private final String wire;

  AmsSubscriptionKind(String wire) {
    this.wire = wire;
  }

  /**
   * The query parameter value.
   *
   * @return e.g. {@code mobility_proc}
   */
  public String wireValue() {
    return wire;
  }
}
