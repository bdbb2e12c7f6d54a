package io.mec4j.client.ams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.mec4j.client.AttributeQuery;
import io.mec4j.client.ETagged;
import io.mec4j.client.MecClientBuilder;
import io.mec4j.client.MecClientException;
import io.mec4j.client.internal.BodyReader;
import io.mec4j.client.internal.Exchange;
import io.mec4j.client.internal.HttpTransport;
import io.mec4j.client.internal.Notifications;
import io.mec4j.client.internal.Queries;
import io.mec4j.client.internal.Readers;
import io.mec4j.client.internal.Reply;
import io.mec4j.model.MecJson;
import io.mec4j.model.ams.AdjacentAppInfoSubscription;
import io.mec4j.model.ams.AdjacentAppInstanceInfo;
import io.mec4j.model.ams.AmsSubscriptionLinkList;
import io.mec4j.model.ams.ExpiryNotification;
import io.mec4j.model.ams.MobilityProcedureNotification;
import io.mec4j.model.ams.MobilityProcedureSubscription;
import io.mec4j.model.ams.RegistrationInfo;
import io.mec4j.model.ams.TestNotification;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Client of MEC 021 application mobility service ({@code /amsi/v1}): register application instances for mobility
 * support, subscribe to mobility procedure and adjacent application notifications, query adjacent instances.
 *
 * <pre>{@code
 * try (AppMobilityClient ams = AppMobilityClient.builder()
 *         .baseUri(URI.create("https://mep.example/amsi/v1")).bearerToken(token).build()) {
 *   RegistrationInfo reg = ams.registerAppMobilityService(registration);
 *   List<AdjacentAppInstanceInfo> near = ams.getAdjacentAppInstances(AttributeQuery.all());
 * }
 * }</pre>
 *
 * <p>Every method has an {@code ...Async} twin. Immutable and thread-safe; {@link #toBuilder()} shares the pool.
 */
public final class AppMobilityClient implements AutoCloseable {

  private static final String SERVICES = "app_mobility_services";
  private static final BodyReader<RegistrationInfo> REG = Readers.json(RegistrationInfo.class);
  private static final BodyReader<ETagged<RegistrationInfo>> REG_TAGGED = Readers.jsonWithETag(RegistrationInfo.class);
  private static final BodyReader<List<RegistrationInfo>> REGS = Readers.jsonList(RegistrationInfo.class);
  private static final BodyReader<AmsSubscriptionLinkList> SUBS = Readers.json(AmsSubscriptionLinkList.class);
  private static final BodyReader<List<AdjacentAppInstanceInfo>> ADJACENT =
      Readers.jsonList(AdjacentAppInstanceInfo.class);
  private static final ObjectReader TREE = MecJson.mapper().readerFor(JsonNode.class);
  private static final BodyReader<AmsSubscription> SUBSCRIPTION = AppMobilityClient::subscription;

  private final HttpTransport http;

  private AppMobilityClient(HttpTransport http) {
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

  // ---------------------------------------------------------------------------------------------- registrations

  /**
   * Registered application mobility services ({@code GET /app_mobility_services}).
   *
   * @param query filter and attribute selectors
   * @return the registrations
   */
  public List<RegistrationInfo> getAppMobilityServices(AttributeQuery query) {
    return http.send(Queries.attributes(http.exchange("GET", REGS).path(SERVICES), query).build());
  }

  /**
   * Async {@link #getAppMobilityServices}.
   *
   * @param query filter and attribute selectors
   * @return the registrations
   */
  public CompletableFuture<List<RegistrationInfo>> getAppMobilityServicesAsync(AttributeQuery query) {
    return http.sendAsync(Queries.attributes(http.exchange("GET", REGS).path(SERVICES), query).build());
  }

  /**
   * Registers an application instance for mobility support ({@code POST /app_mobility_services}).
   *
   * @param registration the registration; {@code appMobilityServiceId} is assigned by the service
   * @return the registration with its id
   */
  public RegistrationInfo registerAppMobilityService(RegistrationInfo registration) {
    return http.send(http.exchange("POST", REG).path(SERVICES).json(registration).build());
  }

  /**
   * Async {@link #registerAppMobilityService}.
   *
   * @param registration the registration
   * @return the registration with its id
   */
  public CompletableFuture<RegistrationInfo> registerAppMobilityServiceAsync(RegistrationInfo registration) {
    return http.sendAsync(http.exchange("POST", REG).path(SERVICES).json(registration).build());
  }

  /**
   * One registration ({@code GET /app_mobility_services/{appMobilityServiceId}}).
   *
   * @param appMobilityServiceId the id
   * @return the registration
   */
  public RegistrationInfo getAppMobilityService(String appMobilityServiceId) {
    return http.send(http.exchange("GET", REG).path(SERVICES, appMobilityServiceId).build());
  }

  /**
   * One registration with its entity tag, for {@link #updateAppMobilityServiceIfMatch}.
   *
   * @param appMobilityServiceId the id
   * @return the registration and its {@code ETag}
   */
  public ETagged<RegistrationInfo> getAppMobilityServiceWithETag(String appMobilityServiceId) {
    return http.send(http.exchange("GET", REG_TAGGED).path(SERVICES, appMobilityServiceId).build());
  }

  /**
   * Async {@link #getAppMobilityService}.
   *
   * @param appMobilityServiceId the id
   * @return the registration
   */
  public CompletableFuture<RegistrationInfo> getAppMobilityServiceAsync(String appMobilityServiceId) {
    return http.sendAsync(http.exchange("GET", REG).path(SERVICES, appMobilityServiceId).build());
  }

  /**
   * Replaces a registration ({@code PUT /app_mobility_services/{appMobilityServiceId}}).
   *
   * @param appMobilityServiceId the id
   * @param registration the new registration
   * @return the registration as stored
   */
  public RegistrationInfo updateAppMobilityService(String appMobilityServiceId, RegistrationInfo registration) {
    return http.send(putRegCall(appMobilityServiceId, registration, null, REG));
  }

  /**
   * Replaces a registration only if it is still at the version {@code etag} names ({@code If-Match}).
   *
   * @param appMobilityServiceId the id
   * @param registration the new registration
   * @param etag the entity tag from {@link #getAppMobilityServiceWithETag}
   * @return the registration as stored and its new entity tag
   * @throws io.mec4j.model.error.MecPreconditionFailedException when it changed since
   */
  public ETagged<RegistrationInfo> updateAppMobilityServiceIfMatch(String appMobilityServiceId,
      RegistrationInfo registration, String etag) {
    return http.send(putRegCall(appMobilityServiceId, registration, Objects.requireNonNull(etag, "etag"),
        REG_TAGGED));
  }

  /**
   * Async {@link #updateAppMobilityService}.
   *
   * @param appMobilityServiceId the id
   * @param registration the new registration
   * @return the registration as stored
   */
  public CompletableFuture<RegistrationInfo> updateAppMobilityServiceAsync(String appMobilityServiceId,
      RegistrationInfo registration) {
    return http.sendAsync(putRegCall(appMobilityServiceId, registration, null, REG));
  }

  private <T> Exchange<T> putRegCall(String id, RegistrationInfo r, @Nullable String etag, BodyReader<T> reader) {
    Exchange.Builder<T> b = http.exchange("PUT", reader).path(SERVICES, id).json(r);
    if (etag != null) {
      b.header("If-Match", etag);
    }
    return b.build();
  }

  /**
   * Deletes a registration ({@code DELETE /app_mobility_services/{appMobilityServiceId}}).
   *
   * @param appMobilityServiceId the id
   */
  public void deregisterAppMobilityService(String appMobilityServiceId) {
    http.send(http.exchange("DELETE", Readers.none()).path(SERVICES, appMobilityServiceId).build());
  }

  /**
   * Async {@link #deregisterAppMobilityService}.
   *
   * @param appMobilityServiceId the id
   * @return completes when done
   */
  public CompletableFuture<Void> deregisterAppMobilityServiceAsync(String appMobilityServiceId) {
    return http.sendAsync(http.exchange("DELETE", Readers.none()).path(SERVICES, appMobilityServiceId).build());
  }

  /**
   * Deregisters the mobility task of a registration ({@code POST
   * /app_mobility_services/{appMobilityServiceId}/deregister_task}).
   *
   * @param appMobilityServiceId the id
   */
  public void deregisterTask(String appMobilityServiceId) {
    http.send(deregisterTaskCall(appMobilityServiceId));
  }

  /**
   * Async {@link #deregisterTask}.
   *
   * @param appMobilityServiceId the id
   * @return completes when done
   */
  public CompletableFuture<Void> deregisterTaskAsync(String appMobilityServiceId) {
    return http.sendAsync(deregisterTaskCall(appMobilityServiceId));
  }

  private Exchange<Void> deregisterTaskCall(String id) {
    return http.exchange("POST", Readers.none()).path(SERVICES, id, "deregister_task").emptyBody().build();
  }

  // ---------------------------------------------------------------------------------------------- subscriptions

  /**
   * The subscriptions, optionally of one kind ({@code GET /subscriptions?subscriptiontype=...}).
   *
   * @param kind the kind, or {@code null} for all
   * @return links to them
   */
  public AmsSubscriptionLinkList getSubscriptions(@Nullable AmsSubscriptionKind kind) {
    return http.send(subscriptionsCall(kind));
  }

  /**
   * Async {@link #getSubscriptions}.
   *
   * @param kind the kind, or {@code null} for all
   * @return links to them
   */
  public CompletableFuture<AmsSubscriptionLinkList> getSubscriptionsAsync(@Nullable AmsSubscriptionKind kind) {
    return http.sendAsync(subscriptionsCall(kind));
  }

  private Exchange<AmsSubscriptionLinkList> subscriptionsCall(@Nullable AmsSubscriptionKind kind) {
    return http.exchange("GET", SUBS).path("subscriptions").query("subscriptiontype", kind == null ? null
        : kind.wireValue()).build();
  }

  /**
   * Subscribes to mobility procedure notifications ({@code POST /subscriptions}).
   *
   * @param subscription the subscription
   * @return the created subscription
   */
  public MobilityProcedureSubscription subscribe(MobilityProcedureSubscription subscription) {
    return http.send(subCall("POST", null, subscription, MobilityProcedureSubscription.class));
  }

  /**
   * Subscribes to adjacent application information notifications ({@code POST /subscriptions}).
   *
   * @param subscription the subscription
   * @return the created subscription
   */
  public AdjacentAppInfoSubscription subscribe(AdjacentAppInfoSubscription subscription) {
    return http.send(subCall("POST", null, subscription, AdjacentAppInfoSubscription.class));
  }

  /**
   * Async {@link #subscribe(MobilityProcedureSubscription)}.
   *
   * @param subscription the subscription
   * @return the created subscription
   */
  public CompletableFuture<MobilityProcedureSubscription> subscribeAsync(MobilityProcedureSubscription subscription) {
    return http.sendAsync(subCall("POST", null, subscription, MobilityProcedureSubscription.class));
  }

  /**
   * Async {@link #subscribe(AdjacentAppInfoSubscription)}.
   *
   * @param subscription the subscription
   * @return the created subscription
   */
  public CompletableFuture<AdjacentAppInfoSubscription> subscribeAsync(AdjacentAppInfoSubscription subscription) {
    return http.sendAsync(subCall("POST", null, subscription, AdjacentAppInfoSubscription.class));
  }

  /**
   * Replaces a mobility procedure subscription ({@code PUT /subscriptions/{subscriptionId}}).
   *
   * @param subscriptionId the id
   * @param subscription the new subscription
   * @return the subscription as stored
   */
  public MobilityProcedureSubscription updateSubscription(String subscriptionId,
      MobilityProcedureSubscription subscription) {
    return http.send(subCall("PUT", subscriptionId, subscription, MobilityProcedureSubscription.class));
  }

  /**
   * Replaces an adjacent application information subscription ({@code PUT /subscriptions/{subscriptionId}}).
   *
   * @param subscriptionId the id
   * @param subscription the new subscription
   * @return the subscription as stored
   */
  public AdjacentAppInfoSubscription updateSubscription(String subscriptionId,
      AdjacentAppInfoSubscription subscription) {
    return http.send(subCall("PUT", subscriptionId, subscription, AdjacentAppInfoSubscription.class));
  }

  /**
   * Async {@link #updateSubscription(String, MobilityProcedureSubscription)}.
   *
   * @param subscriptionId the id
   * @param subscription the new subscription
   * @return the subscription as stored
   */
  public CompletableFuture<MobilityProcedureSubscription> updateSubscriptionAsync(String subscriptionId,
      MobilityProcedureSubscription subscription) {
    return http.sendAsync(subCall("PUT", subscriptionId, subscription, MobilityProcedureSubscription.class));
  }

  private <T> Exchange<T> subCall(String method, @Nullable String id, Object body, Class<T> type) {
    Exchange.Builder<T> b = http.exchange(method, Readers.json(type)).path("subscriptions");
    if (id != null) {
      b.path(id);
    }
    return b.json(body).build();
  }

  /**
   * One subscription, of either kind ({@code GET /subscriptions/{subscriptionId}}).
   *
   * @param subscriptionId the id
   * @return the subscription
   */
  public AmsSubscription getSubscription(String subscriptionId) {
    return http.send(http.exchange("GET", SUBSCRIPTION).path("subscriptions", subscriptionId).build());
  }

  /**
   * Async {@link #getSubscription}.
   *
   * @param subscriptionId the id
   * @return the subscription
   */
  public CompletableFuture<AmsSubscription> getSubscriptionAsync(String subscriptionId) {
    return http.sendAsync(http.exchange("GET", SUBSCRIPTION).path("subscriptions", subscriptionId).build());
  }

  private static AmsSubscription subscription(Reply r) {
    JsonNode tree = Readers.decode(r, TREE, "MEC 021 subscription");
    String type = tree.path("subscriptionType").asText("");
    Class<?> cls = switch (type) {
      case "MobilityProcedureSubscription" -> MobilityProcedureSubscription.class;
      case "AdjacentAppInfoSubscription" -> AdjacentAppInfoSubscription.class;
      default -> null;
    };
    if (cls == null) {
      throw new MecClientException(r.method() + " " + r.uri() + " answered a subscription of unknown type '" + type
          + "'", r.method(), r.uri(), null);
    }
    return new AmsSubscription(MecJson.mapper().convertValue(tree, cls));
  }

  /**
   * Deletes a subscription ({@code DELETE /subscriptions/{subscriptionId}}).
   *
   * @param subscriptionId the id
   */
  public void unsubscribe(String subscriptionId) {
    http.send(http.exchange("DELETE", Readers.none()).path("subscriptions", subscriptionId).build());
  }

  /**
   * Async {@link #unsubscribe}.
   *
   * @param subscriptionId the id
   * @return completes when done
   */
  public CompletableFuture<Void> unsubscribeAsync(String subscriptionId) {
    return http.sendAsync(http.exchange("DELETE", Readers.none()).path("subscriptions", subscriptionId).build());
  }

  // ---------------------------------------------------------------------------------------------- queries

  /**
   * Application instances adjacent to the caller's ({@code GET /queries/adjacent_app_instances}).
   *
   * @param query filter and attribute selectors
   * @return the adjacent instances
   */
  public List<AdjacentAppInstanceInfo> getAdjacentAppInstances(AttributeQuery query) {
    return http.send(Queries.attributes(http.exchange("GET", ADJACENT).path("queries", "adjacent_app_instances"),
        query).build());
  }

  /**
   * Async {@link #getAdjacentAppInstances}.
   *
   * @param query filter and attribute selectors
   * @return the adjacent instances
   */
  public CompletableFuture<List<AdjacentAppInstanceInfo>> getAdjacentAppInstancesAsync(AttributeQuery query) {
    return http.sendAsync(Queries.attributes(http.exchange("GET", ADJACENT).path("queries",
        "adjacent_app_instances"), query).build());
  }

  // ---------------------------------------------------------------------------------------------- notifications

  /**
   * Delivers a mobility procedure notification to a subscriber (the spec's {@code POST /user_defined_notification},
   * whose real URI is the subscription's {@code callbackReference}).
   *
   * @param callbackUri the subscriber's callback URI
   * @param notification the notification
   */
  public void deliverNotification(URI callbackUri, MobilityProcedureNotification notification) {
    http.send(Notifications.post(http, callbackUri, notification));
  }

  /**
   * Delivers an expiry notification to a subscriber.
   *
   * @param callbackUri the subscriber's callback URI
   * @param notification the notification
   */
  public void deliverNotification(URI callbackUri, ExpiryNotification notification) {
    http.send(Notifications.post(http, callbackUri, notification));
  }

  /**
   * Delivers a test notification to a subscriber.
   *
   * @param callbackUri the subscriber's callback URI
   * @param notification the notification
   */
  public void deliverNotification(URI callbackUri, TestNotification notification) {
    http.send(Notifications.post(http, callbackUri, notification));
  }

  /**
   * Async delivery of a mobility procedure notification.
   *
   * @param callbackUri the subscriber's callback URI
   * @param notification the notification
   * @return completes when the subscriber answered 2xx
   */
  public CompletableFuture<Void> deliverNotificationAsync(URI callbackUri, MobilityProcedureNotification notification) {
    return http.sendAsync(Notifications.post(http, callbackUri, notification));
  }

  /** Releases this client's share of the connection pool. Idempotent. */
  @Override
  public void close() {
    http.close();
  }

  /** Builds an {@link AppMobilityClient}. */
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
    public AppMobilityClient build() {
      return new AppMobilityClient(transport(AppMobilityClient.class, "https://mep.example/amsi/v1"));
    }
  }
}
