package io.mec4j.client.lcm;

import io.mec4j.client.MecClientBuilder;
import io.mec4j.client.internal.BodyReader;
import io.mec4j.client.internal.Exchange;
import io.mec4j.client.internal.HttpTransport;
import io.mec4j.client.internal.Readers;
import io.mec4j.model.lcm.Grant;
import io.mec4j.model.lcm.GrantRequest;
import java.util.concurrent.CompletableFuture;

/**
 * Client of MEC 010-2 granting ({@code /granting/v1}): the application lifecycle manager asks the orchestrator for
 * permission and resources before an LCM operation. A decision may come at once (201 with the {@link Grant}) or later
 * (202: ask again at the {@code Location}).
 *
 * <pre>{@code
 * GrantResult r = grants.requestGrant(request);
 * while (r.isPending()) {
 *   r = grants.getGrant(r.grantId().orElseThrow());      // poll, with your own pacing
 * }
 * Grant grant = r.grant();
 * }</pre>
 *
 * <p>Every method has an {@code ...Async} twin. Immutable and thread-safe; {@link #toBuilder()} shares the pool.
 */
public final class AppGrantClient implements AutoCloseable {

  private static final BodyReader<Grant> GRANT = Readers.json(Grant.class);
  private static final BodyReader<GrantResult> RESULT = r -> r.status() == 202
      ? new GrantResult(null, r.location() != null ? r.location() : r.uri())
      : new GrantResult(GRANT.read(r), r.location() != null ? r.location() : r.uri());

  private final HttpTransport http;

  private AppGrantClient(HttpTransport http) {
    this.http = http;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this client's settings; clients it builds share this client's connection pool.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(http);
  }

  /**
   * Requests a grant ({@code POST /grants}).
   *
   * @param request the operation and the resources it needs
   * @return the grant (201), or pending with the grant's location (202)
   */
  public GrantResult requestGrant(GrantRequest request) {
    return http.send(requestCall(request));
  }

  /**
   * Async {@link #requestGrant}.
   *
   * @param request the request
   * @return the grant or pending
   */
  public CompletableFuture<GrantResult> requestGrantAsync(GrantRequest request) {
    return http.sendAsync(requestCall(request));
  }

  private Exchange<GrantResult> requestCall(GrantRequest request) {
    return http.exchange("POST", RESULT).path("grants").json(request).build();
  }

  /**
   * Reads a grant ({@code GET /grants/{grantId}}).
   *
   * @param grantId the id
   * @return the grant (200), or pending (202)
   */
  public GrantResult getGrant(String grantId) {
    return http.send(http.exchange("GET", RESULT).path("grants", grantId).build());
  }

  /**
   * Async {@link #getGrant}.
   *
   * @param grantId the id
   * @return the grant or pending
   */
  public CompletableFuture<GrantResult> getGrantAsync(String grantId) {
    return http.sendAsync(http.exchange("GET", RESULT).path("grants", grantId).build());
  }

  /** Releases this client's share of the connection pool. Idempotent. */
  @Override
  public void close() {
    http.close();
  }

  /** Builds an {@link AppGrantClient}. */
  public static final class Builder extends MecClientBuilder<Builder> {
    private Builder() {}

    private Builder(HttpTransport from) {
      from(from);
    }

    /**
     * The client.
     *
     * @return the client
     * @throws IllegalStateException when no base URI was set
     */
    public AppGrantClient build() {
      return new AppGrantClient(transport(AppGrantClient.class, "https://meo.example/granting/v1"));
    }
  }
}
