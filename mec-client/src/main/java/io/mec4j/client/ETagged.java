package io.mec4j.client;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A resource representation with the entity tag the server sent with it, for conditional updates ({@code If-Match}).
 *
 * <pre>{@code
 * ETagged<ServiceInfo> current = mp1.getAppServiceWithETag(appId, serviceId);
 * ServiceInfo changed = current.value().toBuilder().state(ServiceState.INACTIVE).build();
 * mp1.updateServiceIfMatch(appId, serviceId, changed, current.requireETag()); // 412 if someone changed it meanwhile
 * }</pre>
 *
 * @param value the representation
 * @param etag the {@code ETag} header as sent (e.g. {@code "3"} with its quotes), or {@code null} when the server sent
 *     none
 * @param <T> the representation type
 */
public record ETagged<T>(T value, @Nullable String etag) {

  /** Checks the value. */
  public ETagged {
    Objects.requireNonNull(value, "value");
  }

  /**
   * The entity tag, required.
   *
   * @return the entity tag
   * @throws IllegalStateException when the server sent none (it does not support conditional updates)
   */
  public String requireETag() {
    if (etag == null) {
      throw new IllegalStateException("The server sent no ETag with this resource, so it cannot be updated"
          + " conditionally; use the unconditional update instead");
    }
    return etag;
  }
}
