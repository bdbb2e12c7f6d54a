package io.mec4j.client.federation;

import io.mec4j.client.MecClientBuilder;
import io.mec4j.client.internal.BodyReader;
import io.mec4j.client.internal.Exchange;
import io.mec4j.client.internal.HttpTransport;
import io.mec4j.client.internal.Readers;
import io.mec4j.model.federation.SystemInfo;
import io.mec4j.model.federation.SystemInfoUpdate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Client of MEC 040 federation enablement ({@code /fed_enablement/v1}): register a MEC system with the federator,
 * discover federated systems, update and deregister. The federator-to-federator calls join this client with the
 * federator.
 *
 * <pre>{@code
 * try (FederationClient fed = FederationClient.builder()
 *         .baseUri(URI.create("https://mefm.operator-a.example/fed_enablement/v1")).tokenProvider(tokens).build()) {
 *   SystemInfo mine = fed.registerSystem(new SystemInfo(null, "edge-a", "operator-a"));
 *   List<SystemInfo> peers = fed.getSystemInfos(SystemInfoQuery.bySystemProvider("operator-b"));
 * }
 * }</pre>
 *
 * <p>Every method has an {@code ...Async} twin. Immutable and thread-safe; {@link #toBuilder()} shares the pool.
 */
public final class FederationClient implements AutoCloseable {

  private static final BodyReader<SystemInfo> SYSTEM = Readers.json(SystemInfo.class);
  private static final BodyReader<List<SystemInfo>> SYSTEMS = Readers.jsonList(SystemInfo.class);

  private final HttpTransport http;

  private FederationClient(HttpTransport http) {
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
   * The federated MEC systems matching a query ({@code GET /fed_resources/system_info}).
   *
   * @param query the filters
   * @return the systems
   */
  public List<SystemInfo> getSystemInfos(SystemInfoQuery query) {
    return http.send(listCall(query));
  }

  /**
   * Async {@link #getSystemInfos}.
   *
   * @param query the filters
   * @return the systems
   */
  public CompletableFuture<List<SystemInfo>> getSystemInfosAsync(SystemInfoQuery query) {
    return http.sendAsync(listCall(query));
  }

  private Exchange<List<SystemInfo>> listCall(SystemInfoQuery q) {
    Objects.requireNonNull(q, "query");
    return http.exchange("GET", SYSTEMS).path("fed_resources", "system_info").queryEach("systemid", q.systemIds())
        .queryEach("systemname", q.systemNames()).queryEach("systemprovider", q.systemProviders()).build();
  }

  /**
   * Registers a MEC system with the federator ({@code POST /fed_resources/system_info}); leave {@code systemId} out,
   * the federator assigns it.
   *
   * @param system the system's name and provider
   * @return the registered system, with its {@code systemId}
   */
  public SystemInfo registerSystem(SystemInfo system) {
    return http.send(http.exchange("POST", SYSTEM).path("fed_resources", "system_info").json(system).build());
  }

  /**
   * Async {@link #registerSystem}.
   *
   * @param system the system
   * @return the registered system
   */
  public CompletableFuture<SystemInfo> registerSystemAsync(SystemInfo system) {
    return http.sendAsync(http.exchange("POST", SYSTEM).path("fed_resources", "system_info").json(system).build());
  }

  /**
   * One federated system ({@code GET /fed_resources/system_info/{systemId}}).
   *
   * @param systemId the id
   * @return the system
   */
  public SystemInfo getSystemInfo(String systemId) {
    return http.send(http.exchange("GET", SYSTEM).path("fed_resources", "system_info", systemId).build());
  }

  /**
   * Async {@link #getSystemInfo}.
   *
   * @param systemId the id
   * @return the system
   */
  public CompletableFuture<SystemInfo> getSystemInfoAsync(String systemId) {
    return http.sendAsync(http.exchange("GET", SYSTEM).path("fed_resources", "system_info", systemId).build());
  }

  /**
   * Changes a registered system's name or endpoint ({@code PATCH /fed_resources/system_info/{systemId}}).
   *
   * @param systemId the id
   * @param update the attributes to change
   * @return the system as updated
   */
  public SystemInfo updateSystemInfo(String systemId, SystemInfoUpdate update) {
    return http.send(patchCall(systemId, update));
  }

  /**
   * Async {@link #updateSystemInfo}.
   *
   * @param systemId the id
   * @param update the attributes to change
   * @return the system as updated
   */
  public CompletableFuture<SystemInfo> updateSystemInfoAsync(String systemId, SystemInfoUpdate update) {
    return http.sendAsync(patchCall(systemId, update));
  }

  private Exchange<SystemInfo> patchCall(String systemId, SystemInfoUpdate update) {
    return http.exchange("PATCH", SYSTEM).path("fed_resources", "system_info", systemId).json(update).build();
  }

  /**
   * Deregisters a system ({@code DELETE /fed_resources/system_info/{systemId}}).
   *
   * @param systemId the id
   */
  public void deregisterSystem(String systemId) {
    http.send(http.exchange("DELETE", Readers.none()).path("fed_resources", "system_info", systemId).build());
  }

  /**
   * Async {@link #deregisterSystem}.
   *
   * @param systemId the id
   * @return completes when done
   */
  public CompletableFuture<Void> deregisterSystemAsync(String systemId) {
    return http.sendAsync(http.exchange("DELETE", Readers.none()).path("fed_resources", "system_info", systemId)
        .build());
  }

  /** Releases this client's share of the connection pool. Idempotent. */
  @Override
  public void close() {
    http.close();
  }

  /** Builds a {@link FederationClient}. */
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
    public FederationClient build() {
      return new FederationClient(transport(FederationClient.class, "https://mefm.example/fed_enablement/v1"));
    }
  }
}
