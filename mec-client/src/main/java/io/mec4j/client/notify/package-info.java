/**
 * Receiving MEC notifications: {@link io.mec4j.client.notify.NotificationReceiver} is a small HTTP endpoint that
 * hands out {@code callbackReference} URIs, parses every notification type of the MEC APIs mec4j covers and passes
 * each to typed listeners.
 */
@NullMarked
package io.mec4j.client.notify;

import org.jspecify.annotations.NullMarked;
