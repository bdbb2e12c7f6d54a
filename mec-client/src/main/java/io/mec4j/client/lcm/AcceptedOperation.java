package io.mec4j.client.lcm;

import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A 202 Accepted answer to an asynchronous MEC 010-2 task (instantiate, terminate, operate, cancel, retry, configure
 * the platform): the task runs on; its progress is the application LCM operation occurrence the {@code Location}
 * header names.
 *
 * @param location the {@code Location} header, resolved, or {@code null} when the server sent none
 */
public record AcceptedOperation(@Nullable URI location) {

  /**
   * The id of the LCM operation occurrence: the last path segment of the location.
   *
   * @return the {@code appLcmOpOccId}, empty when there is no location
   */
  public Optional<String> appLcmOpOccId() {
    if (location == null || location.getPath() == null) {
      return Optional.empty();
    }
    String p = location.getPath();
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    String id = p.substring(p.lastIndexOf('/') + 1);
    return id.isEmpty() ? Optional.empty() : Optional.of(id);
  }
}
