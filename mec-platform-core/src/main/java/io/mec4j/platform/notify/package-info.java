/**
 * At-least-once notification delivery shared by the engines: an ordered queue per subscription, retries with
 * exponential backoff and jitter, bounded retention.
 */
@NullMarked
package io.mec4j.platform.notify;

import org.jspecify.annotations.NullMarked;
