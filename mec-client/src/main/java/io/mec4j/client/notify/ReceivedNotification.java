package io.mec4j.client.notify;

import java.net.URI;
import java.util.Objects;

/**
 * A notification as {@link NotificationReceiver} received it.
 *
 * @param callbackUri the callback URI it was POSTed to (one {@link NotificationReceiver#newCallbackUri()} gave out)
 * @param notificationType its {@code notificationType}
 * @param notification the parsed notification: a model record such as {@link
 *     io.mec4j.model.mp1.ServiceAvailabilityNotification}, or a {@code Map<String, Object>} for a type mec4j has no
 *     record for (e.g. MEC 021 {@code AdjacentAppInfoNotification})
 * @param json the body as received
 */
public record ReceivedNotification(URI callbackUri, String notificationType, Object notification, String json) {

  /** Checks the components. */
  public ReceivedNotification {
    Objects.requireNonNull(callbackUri, "callbackUri");
    Objects.requireNonNull(notificationType, "notificationType");
    Objects.requireNonNull(notification, "notification");
    Objects.requireNonNull(json, "json");
  }
}
