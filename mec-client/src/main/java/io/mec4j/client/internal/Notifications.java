package io.mec4j.client.internal;

import java.net.URI;
import java.util.Objects;

/** <b>Not API.</b> Delivering a notification to a subscriber's callback URI. */
public final class Notifications {

  private Notifications() {}

  /**
   * A {@code POST} of {@code notification} as JSON to an absolute callback URI; any 2xx is success.
   *
   * @param http the transport
   * @param callbackUri the subscriber's callback URI
   * @param notification the notification record
   * @return the exchange
   */
  public static Exchange<Void> post(HttpTransport http, URI callbackUri, Object notification) {
    Objects.requireNonNull(callbackUri, "callbackUri");
    if (!callbackUri.isAbsolute()) {
      throw new IllegalArgumentException("callbackUri must be absolute, was " + callbackUri);
    }
    return http.exchange("POST", callbackUri, Readers.none()).json(notification).build();
  }
}
