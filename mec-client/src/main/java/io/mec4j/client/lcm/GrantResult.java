package io.mec4j.client.lcm;

import io.mec4j.model.lcm.Grant;
import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a grant request or read: the {@link Grant} when the decision is made (201 or 200), or only the place
 * to ask again when it is still pending (202).
 *
 * @param grant the grant, or {@code null} while pending
 * @param location where the grant is (or will be): the {@code Location} header, or the request URI for a read
 */
public record GrantResult(@Nullable Grant grant, @Nullable URI location) {

  /**
   * Whether the decision is still pending (202).
   *
   * @return true when there is no grant yet
   */
  public boolean isPending() {
    return grant == null;
  }

  /**
   * The grant, if decided.
   *
   * @return the grant or empty
   */
  public Optional<Grant> find() {
    return Optional.ofNullable(grant);
  }

  /**
   * The id of the grant resource: the last path segment of the location.
   *
   * @return the {@code grantId}, empty when there is no location
   */
  public Optional<String> grantId() {
    if (grant != null) {
      return Optional.of(grant.id());
    }
    return new AcceptedOperation(location).appLcmOpOccId();
  }
}
