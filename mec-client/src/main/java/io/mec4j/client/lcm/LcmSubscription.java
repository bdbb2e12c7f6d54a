package io.mec4j.client.lcm;

import io.mec4j.model.lcm.AppInstIdCreationSubscriptionInfo;
import io.mec4j.model.lcm.AppInstIdDeletionSubscriptionInfo;
import io.mec4j.model.lcm.AppInstSubscriptionInfo;
import io.mec4j.model.lcm.AppInstanceSubscriptionType;
import io.mec4j.model.lcm.AppLcmOpOccSubscriptionInfo;
import java.util.Objects;
import java.util.Optional;

/**
 * One MEC 010-2 LCM subscription as {@code GET /subscriptions/{subscriptionId}} returns it: one of four types, told
 * apart by {@code subscriptionType}.
 *
 * <pre>{@code
 * LcmSubscription s = lcm.getSubscription(id);
 * s.appLcmOpOccStateChange().ifPresent(info -> ...);
 * }</pre>
 *
 * @param type the subscription type
 * @param info the subscription: an {@link AppInstSubscriptionInfo}, {@link AppLcmOpOccSubscriptionInfo}, {@link
 *     AppInstIdCreationSubscriptionInfo} or {@link AppInstIdDeletionSubscriptionInfo}
 */
public record LcmSubscription(AppInstanceSubscriptionType type, Object info) {

  /** Checks that the info fits the type. */
  public LcmSubscription {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(info, "info");
    Class<?> expected = switch (type) {
      case APP_INSTANCE_STATE_CHANGE_SUBSCRIPTION -> AppInstSubscriptionInfo.class;
      case APP_LCM_OP_OCC_STATE_CHANGE_SUBSCRIPTION -> AppLcmOpOccSubscriptionInfo.class;
      case APP_IDENTIFIER_CREATION_SUBSCRIPTION -> AppInstIdCreationSubscriptionInfo.class;
      case APP_IDENTIFIER_DELETION_SUBSCRIPTION -> AppInstIdDeletionSubscriptionInfo.class;
      case UNKNOWN -> throw new IllegalArgumentException("Unknown subscription type");
    };
    if (!expected.isInstance(info)) {
      throw new IllegalArgumentException(type + " needs a " + expected.getSimpleName());
    }
  }

  /**
   * The subscription if it is an application instance state change subscription.
   *
   * @return the subscription or empty
   */
  public Optional<AppInstSubscriptionInfo> appInstanceStateChange() {
    return as(AppInstSubscriptionInfo.class);
  }

  /**
   * The subscription if it is an LCM operation occurrence state change subscription.
   *
   * @return the subscription or empty
   */
  public Optional<AppLcmOpOccSubscriptionInfo> appLcmOpOccStateChange() {
    return as(AppLcmOpOccSubscriptionInfo.class);
  }

  /**
   * The subscription if it is an application instance identifier creation subscription.
   *
   * @return the subscription or empty
   */
  public Optional<AppInstIdCreationSubscriptionInfo> identifierCreation() {
    return as(AppInstIdCreationSubscriptionInfo.class);
  }

  /**
   * The subscription if it is an application instance identifier deletion subscription.
   *
   * @return the subscription or empty
   */
  public Optional<AppInstIdDeletionSubscriptionInfo> identifierDeletion() {
    return as(AppInstIdDeletionSubscriptionInfo.class);
  }

  private <T> Optional<T> as(Class<T> c) {
    return c.isInstance(info) ? Optional.of(c.cast(info)) : Optional.empty();
  }
}
