package io.mec4j.client.ams;

import io.mec4j.model.ams.AdjacentAppInfoSubscription;
import io.mec4j.model.ams.MobilityProcedureSubscription;
import java.util.Objects;
import java.util.Optional;

/**
 * One MEC 021 subscription as {@code GET /subscriptions/{subscriptionId}} returns it: a {@link
 * MobilityProcedureSubscription} or an {@link AdjacentAppInfoSubscription}, told apart by {@code subscriptionType}.
 *
 * @param subscription the subscription record
 */
public record AmsSubscription(Object subscription) {

  /** Checks the type. */
  public AmsSubscription {
    Objects.requireNonNull(subscription, "subscription");
    if (!(subscription instanceof MobilityProcedureSubscription)
        && !(subscription instanceof AdjacentAppInfoSubscription)) {
      throw new IllegalArgumentException("Not a MEC 021 subscription: " + subscription.getClass().getName());
    }
  }

  /**
   * The subscription if it is a mobility procedure subscription.
   *
   * @return it or empty
   */
  public Optional<MobilityProcedureSubscription> mobilityProcedure() {
    return subscription instanceof MobilityProcedureSubscription m ? Optional.of(m) : Optional.empty();
  }

  /**
   * The subscription if it is an adjacent application information subscription.
   *
   * @return it or empty
   */
  public Optional<AdjacentAppInfoSubscription> adjacentAppInfo() {
    return subscription instanceof AdjacentAppInfoSubscription a ? Optional.of(a) : Optional.empty();
  }
}
