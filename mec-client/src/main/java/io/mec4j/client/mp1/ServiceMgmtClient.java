package io.mec4j.client.mp1;

import io.mec4j.client.ETagged;
import io.mec4j.client.MecClientBuilder;
import io.mec4j.client.internal.BodyReader;
import io.mec4j.client.internal.Exchange;
import io.mec4j.client.internal.HttpTransport;
import io.mec4j.client.internal.Readers;
import io.mec4j.model.common.LinkType;
import io.mec4j.model.mp1.SerAvailabilityNotificationSubscription;
import io.mec4j.model.mp1.ServiceInfo;
import io.mec4j.model.mp1.ServiceLivenessInfo;
import io.mec4j.model.mp1.ServiceLivenessUpdate;
import io.mec4j.model.mp1.ServiceState;
import io.mec4j.model.mp1.SubscriptionLinkList;
import io.mec4j.model.mp1.TransportInfo;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Client of MEC 011 service management ({@code /mec_service_mgmt/v1}): discover services and transports, register,
 * update and deregister the services an application produces, subscribe to service availability, send heartbeats.
 *
 * <pre>{@code
 * try (ServiceMgmtClient mp1 = ServiceMgmtClient.builder()
 *         .baseUri(URI.create("https://mep.example/mec_service_mgmt/v1"))
 *         .tokenProvider(tokens).callTimeout(Duration.ofSeconds(5)).build()) {
 *   List<ServiceInfo> services = mp1.getServices(ServiceQuery.bySerName("rnis"));
 *   ServiceInfo mine = mp1.registerService("app-1", info);
 * }
 * }</pre>
 *
 * <p>Every method has an {@code ...Async} twin returning a {@link CompletableFuture} that completes exceptionally with
 * the exception the synchronous method would throw: {@link io.mec4j.model.error.MecServiceException} (or a subclass
 * such as {@link io.mec4j.model.error.MecNotFoundException}) for an error answer, {@link
 * io.mec4j.client.MecClientException} for no usable answer. Immutable and thread-safe; {@link #toBuilder()} derives a
 * client that shares the connection pool; {@link #close()} releases it.
 */
public final class ServiceMgmtClient implements AutoCloseable {

  private static final BodyReader<List<ServiceInfo>> SERVICES = Readers.jsonList(ServiceInfo.class);
  private static final BodyReader<ServiceInfo> SERVICE = Readers.json(ServiceInfo.class);
  private static final BodyReader<ETagged<ServiceInfo>> SERVICE_TAGGED = Readers.jsonWithETag(ServiceInfo.class);
  private static final BodyReader<List<TransportInfo>> TRANSPORTS = Readers.jsonList(TransportInfo.class);
  private static final BodyReader<SubscriptionLinkList> SUBSCRIPTIONS = Readers.json(SubscriptionLinkList.class);
  private static final BodyReader<SerAvailabilityNotificationSubscription> SUBSCRIPTION =
      Readers.json(SerAvailabilityNotificationSubscription.class);
  private static final BodyReader<ServiceLivenessInfo> LIVENESS = Readers.json(ServiceLivenessInfo.class);
  private static final ServiceLivenessUpdate HEARTBEAT = new ServiceLivenessUpdate(ServiceState.ACTIVE);

  private final HttpTransport http;

  private ServiceMgmtClient(HttpTransport http) {
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

  // ---------------------------------------------------------------------------------------------- services

  /**
   * Every service available ({@code GET /services}).
   *
   * @return the services
   */
  public List<ServiceInfo> getServices() {
    return getServices(ServiceQuery.all());
  }

  /**
   * The services that match a query ({@code GET /services}).
   *
   * @param query the filters
   * @return the matching services
   */
  public List<ServiceInfo> getServices(ServiceQuery query) {
    return http.send(servicesCall(query));
  }

  /**
   * Async {@link #getServices(ServiceQuery)}.
   *
   * @param query the filters
   * @return the matching services
   */
  public CompletableFuture<List<ServiceInfo>> getServicesAsync(ServiceQuery query) {
    return http.sendAsync(servicesCall(query));
  }

  private Exchange<List<ServiceInfo>> servicesCall(ServiceQuery q) {
    return filtered(http.exchange("GET", SERVICES).path("services"), q).build();
  }

  private static <T> Exchange.Builder<T> filtered(Exchange.Builder<T> b, ServiceQuery q) {
    Objects.requireNonNull(q, "query");
    return b.queryEach("ser_instance_id", q.serInstanceIds())
        .queryEach("ser_name", q.serNames())
        .query("ser_category_id", q.serCategoryId())
        .query("scope_of_locality", q.scopeOfLocality())
        .query("consumed_local_only", q.consumedLocalOnly())
        .query("is_local", q.isLocal());
  }

  /**
   * One service ({@code GET /services/{serviceId}}).
   *
   * @param serviceId the service instance id
   * @return the service
   * @throws io.mec4j.model.error.MecNotFoundException when there is no such service
   */
  public ServiceInfo getService(String serviceId) {
    return http.send(serviceCall(serviceId, SERVICE));
  }

  /**
   * Async {@link #getService(String)}.
   *
   * @param serviceId the service instance id
   * @return the service
   */
  public CompletableFuture<ServiceInfo> getServiceAsync(String serviceId) {
    return http.sendAsync(serviceCall(serviceId, SERVICE));
  }

  private <T> Exchange<T> serviceCall(String serviceId, BodyReader<T> reader) {
    return http.exchange("GET", reader).path("services", serviceId).build();
  }

  /**
   * The platform-provided transports ({@code GET /transports}).
   *
   * @return the transports
   */
  public List<TransportInfo> getTransports() {
    return http.send(transportsCall());
  }

  /**
   * Async {@link #getTransports()}.
   *
   * @return the transports
   */
  public CompletableFuture<List<TransportInfo>> getTransportsAsync() {
    return http.sendAsync(transportsCall());
  }

  private Exchange<List<TransportInfo>> transportsCall() {
    return http.exchange("GET", TRANSPORTS).path("transports").build();
  }

  /**
   * The services an application instance produces ({@code GET /applications/{appInstanceId}/services}).
   *
   * @param appInstanceId the producing application instance
   * @param query the filters
   * @return its matching services
   */
  public List<ServiceInfo> getAppServices(String appInstanceId, ServiceQuery query) {
    return http.send(appServicesCall(appInstanceId, query));
  }

  /**
   * Async {@link #getAppServices(String, ServiceQuery)}.
   *
   * @param appInstanceId the producing application instance
   * @param query the filters
   * @return its matching services
   */
  public CompletableFuture<List<ServiceInfo>> getAppServicesAsync(String appInstanceId, ServiceQuery query) {
    return http.sendAsync(appServicesCall(appInstanceId, query));
  }

  private Exchange<List<ServiceInfo>> appServicesCall(String appInstanceId, ServiceQuery q) {
    return filtered(http.exchange("GET", SERVICES).path("applications", appInstanceId, "services"), q).build();
  }

  /**
   * Registers a service the application instance produces ({@code POST /applications/{appInstanceId}/services}).
   * Leave {@code serInstanceId} and {@code _links} out: the platform assigns them.
   *
   * @param appInstanceId the producing application instance
   * @param info the service
   * @return the registered service, with its {@code serInstanceId} and links
   * @throws io.mec4j.model.error.MecConflictException when the application already registered a service of that name
   */
  public ServiceInfo registerService(String appInstanceId, ServiceInfo info) {
    return http.send(registerCall(appInstanceId, info));
  }

  /**
   * Async {@link #registerService(String, ServiceInfo)}.
   *
   * @param appInstanceId the producing application instance
   * @param info the service
   * @return the registered service
   */
  public CompletableFuture<ServiceInfo> registerServiceAsync(String appInstanceId, ServiceInfo info) {
    return http.sendAsync(registerCall(appInstanceId, info));
  }

  private Exchange<ServiceInfo> registerCall(String appInstanceId, ServiceInfo info) {
    return http.exchange("POST", SERVICE).path("applications", appInstanceId, "services").json(info).build();
  }

  /**
   * One service of an application instance ({@code GET /applications/{appInstanceId}/services/{serviceId}}).
   *
   * @param appInstanceId the producing application instance
   * @param serviceId the service instance id
   * @return the service
   */
  public ServiceInfo getAppService(String appInstanceId, String serviceId) {
    return http.send(appServiceCall(appInstanceId, serviceId, SERVICE));
  }

  /**
   * Async {@link #getAppService(String, String)}.
   *
   * @param appInstanceId the producing application instance
   * @param serviceId the service instance id
   * @return the service
   */
  public CompletableFuture<ServiceInfo> getAppServiceAsync(String appInstanceId, String serviceId) {
    return http.sendAsync(appServiceCall(appInstanceId, serviceId, SERVICE));
  }

  /**
   * One service of an application instance with its entity tag, for {@link #updateServiceIfMatch}.
   *
   * @param appInstanceId the producing application instance
   * @param serviceId the service instance id
   * @return the service and its {@code ETag}
   */
  public ETagged<ServiceInfo> getAppServiceWithETag(String appInstanceId, String serviceId) {
    return http.send(appServiceCall(appInstanceId, serviceId, SERVICE_TAGGED));
  }

  /**
   * Async {@link #getAppServiceWithETag(String, String)}.
   *
   * @param appInstanceId the producing application instance
   * @param serviceId the service instance id
   * @return the service and its {@code ETag}
   */
  public CompletableFuture<ETagged<ServiceInfo>> getAppServiceWithETagAsync(String appInstanceId, String serviceId) {
    return http.sendAsync(appServiceCall(appInstanceId, serviceId, SERVICE_TAGGED));
  }

  private <T> Exchange<T> appServiceCall(String appInstanceId, String serviceId, BodyReader<T> reader) {
    return http.exchange("GET", reader).path("applications", appInstanceId, "services", serviceId).build();
  }

  /**
   * Replaces a service, whatever its current version ({@code PUT /applications/{appInstanceId}/services/{serviceId}}).
   *
   * @param appInstanceId the producing application instance
   * @param serviceId the service instance id
   * @param info the new representation (same {@code serName})
   * @return the updated service
   */
  public ServiceInfo updateService(String appInstanceId, String serviceId, ServiceInfo info) {
    return http.send(updateCall(appInstanceId, serviceId, info, null, SERVICE));
  }

  /**
   * Async {@link #updateService(String, String, ServiceInfo)}.
   *
   * @param appInstanceId the producing application instance
   * @param serviceId the service instance id
   * @param info the new representation
   * @return the updated service
   */
  public CompletableFuture<ServiceInfo> updateServiceAsync(String appInstanceId, String serviceId, ServiceInfo info) {
    return http.sendAsync(updateCall(appInstanceId, serviceId, info, null, SERVICE));
  }

  /**
   * Replaces a service only if it is still at the version {@code etag} names ({@code If-Match}).
   *
   * @param appInstanceId the producing application instance
   * @param serviceId the service instance id
   * @param info the new representation
   * @param etag the entity tag from {@link #getAppServiceWithETag} (or a previous update)
   * @return the updated service and its new entity tag
   * @throws io.mec4j.model.error.MecPreconditionFailedException when the service changed since: read it again
   */
  public ETagged<ServiceInfo> updateServiceIfMatch(String appInstanceId, String serviceId, ServiceInfo info,
      String etag) {
    return http.send(updateCall(appInstanceId, serviceId, info, Objects.requireNonNull(etag, "etag"), SERVICE_TAGGED));
  }

  /**
   * Async {@link #updateServiceIfMatch(String, String, ServiceInfo, String)}.
   *
   * @param appInstanceId the producing application instance
   * @param serviceId the service instance id
   * @param info the new representation
   * @param etag the entity tag
   * @return the updated service and its new entity tag
   */
  public CompletableFuture<ETagged<ServiceInfo>> updateServiceIfMatchAsync(String appInstanceId, String serviceId,
      ServiceInfo info, String etag) {
    return http.sendAsync(updateCall(appInstanceId, serviceId, info, Objects.requireNonNull(etag, "etag"),
        SERVICE_TAGGED));
  }

  private <T> Exchange<T> updateCall(String appInstanceId, String serviceId, ServiceInfo info,
      @Nullable String etag, BodyReader<T> reader) {
    Exchange.Builder<T> b = http.exchange("PUT", reader).path("applications", appInstanceId, "services", serviceId)
        .json(info);
    if (etag != null) {
      b.header("If-Match", etag);
    }
    return b.build();
  }

  /**
   * Deregisters a service ({@code DELETE /applications/{appInstanceId}/services/{serviceId}}).
   *
   * @param appInstanceId the producing application instance
   * @param serviceId the service instance id
   */
  public void deregisterService(String appInstanceId, String serviceId) {
    http.send(deregisterCall(appInstanceId, serviceId));
  }

  /**
   * Async {@link #deregisterService(String, String)}.
   *
   * @param appInstanceId the producing application instance
   * @param serviceId the service instance id
   * @return completes when done
   */
  public CompletableFuture<Void> deregisterServiceAsync(String appInstanceId, String serviceId) {
    return http.sendAsync(deregisterCall(appInstanceId, serviceId));
  }

  private Exchange<Void> deregisterCall(String appInstanceId, String serviceId) {
    return http.exchange("DELETE", Readers.none()).path("applications", appInstanceId, "services", serviceId).build();
  }

  // ---------------------------------------------------------------------------------------------- subscriptions

  /**
   * The application instance's service availability subscriptions ({@code GET /applications/{appInstanceId}/subscriptions}).
   *
   * @param appInstanceId the subscriber
   * @return links to its subscriptions
   */
  public SubscriptionLinkList getSubscriptions(String appInstanceId) {
    return http.send(subscriptionsCall(appInstanceId));
  }

  /**
   * Async {@link #getSubscriptions(String)}.
   *
   * @param appInstanceId the subscriber
   * @return links to its subscriptions
   */
  public CompletableFuture<SubscriptionLinkList> getSubscriptionsAsync(String appInstanceId) {
    return http.sendAsync(subscriptionsCall(appInstanceId));
  }

  private Exchange<SubscriptionLinkList> subscriptionsCall(String appInstanceId) {
    return http.exchange("GET", SUBSCRIPTIONS).path("applications", appInstanceId, "subscriptions").build();
  }

  /**
   * Subscribes to service availability notifications ({@code POST /applications/{appInstanceId}/subscriptions}); they
   * are POSTed to the subscription's {@code callbackReference} (see {@code io.mec4j.client.notify.NotificationReceiver}).
   *
   * @param appInstanceId the subscriber
   * @param subscription the subscription, {@code subscriptionType} {@code SerAvailabilityNotificationSubscription}
   * @return the created subscription with its self link
   */
  public SerAvailabilityNotificationSubscription subscribe(String appInstanceId,
      SerAvailabilityNotificationSubscription subscription) {
    return http.send(subscribeCall(appInstanceId, subscription));
  }

  /**
   * Async {@link #subscribe(String, SerAvailabilityNotificationSubscription)}.
   *
   * @param appInstanceId the subscriber
   * @param subscription the subscription
   * @return the created subscription
   */
  public CompletableFuture<SerAvailabilityNotificationSubscription> subscribeAsync(String appInstanceId,
      SerAvailabilityNotificationSubscription subscription) {
    return http.sendAsync(subscribeCall(appInstanceId, subscription));
  }

  private Exchange<SerAvailabilityNotificationSubscription> subscribeCall(String appInstanceId,
      SerAvailabilityNotificationSubscription s) {
    return http.exchange("POST", SUBSCRIPTION).path("applications", appInstanceId, "subscriptions").json(s).build();
  }

  /**
   * One subscription ({@code GET /applications/{appInstanceId}/subscriptions/{subscriptionId}}).
   *
   * @param appInstanceId the subscriber
   * @param subscriptionId the subscription id
   * @return the subscription
   */
  public SerAvailabilityNotificationSubscription getSubscription(String appInstanceId, String subscriptionId) {
    return http.send(subscriptionCall(appInstanceId, subscriptionId));
  }

  /**
   * Async {@link #getSubscription(String, String)}.
   *
   * @param appInstanceId the subscriber
   * @param subscriptionId the subscription id
   * @return the subscription
   */
  public CompletableFuture<SerAvailabilityNotificationSubscription> getSubscriptionAsync(String appInstanceId,
      String subscriptionId) {
    return http.sendAsync(subscriptionCall(appInstanceId, subscriptionId));
  }

  private Exchange<SerAvailabilityNotificationSubscription> subscriptionCall(String appInstanceId, String id) {
    return http.exchange("GET", SUBSCRIPTION).path("applications", appInstanceId, "subscriptions", id).build();
  }

  /**
   * Deletes a subscription ({@code DELETE /applications/{appInstanceId}/subscriptions/{subscriptionId}}).
   *
   * @param appInstanceId the subscriber
   * @param subscriptionId the subscription id
   */
  public void unsubscribe(String appInstanceId, String subscriptionId) {
    http.send(unsubscribeCall(appInstanceId, subscriptionId));
  }

  /**
   * Async {@link #unsubscribe(String, String)}.
   *
   * @param appInstanceId the subscriber
   * @param subscriptionId the subscription id
   * @return completes when done
   */
  public CompletableFuture<Void> unsubscribeAsync(String appInstanceId, String subscriptionId) {
    return http.sendAsync(unsubscribeCall(appInstanceId, subscriptionId));
  }

  private Exchange<Void> unsubscribeCall(String appInstanceId, String id) {
    return http.exchange("DELETE", Readers.none()).path("applications", appInstanceId, "subscriptions", id).build();
  }

  // ---------------------------------------------------------------------------------------------- liveness

  /**
   * The liveness of a service that sends heartbeats ({@code GET} on the platform-allocated liveness resource).
   *
   * @param service a registered service whose {@code _links.liveness} the platform set
   * @return its liveness
   * @throws IllegalArgumentException when the service has no liveness link (it was registered without {@code
   *     livenessInterval})
   */
  public ServiceLivenessInfo getLiveness(ServiceInfo service) {
    return getLiveness(livenessUri(service));
  }

  /**
   * The liveness at a liveness resource URI ({@code GET}).
   *
   * @param livenessUri the URI from {@code ServiceInfo._links.liveness}
   * @return the liveness
   */
  public ServiceLivenessInfo getLiveness(URI livenessUri) {
    return http.send(livenessCall(livenessUri));
  }

  /**
   * Async {@link #getLiveness(URI)}.
   *
   * @param livenessUri the liveness resource
   * @return the liveness
   */
  public CompletableFuture<ServiceLivenessInfo> getLivenessAsync(URI livenessUri) {
    return http.sendAsync(livenessCall(livenessUri));
  }

  private Exchange<ServiceLivenessInfo> livenessCall(URI uri) {
    return http.exchange("GET", Objects.requireNonNull(uri, "livenessUri"), LIVENESS).build();
  }

  /**
   * Sends a heartbeat for a service ({@code PATCH} on its liveness resource with {@code {"state":"ACTIVE"}}).
   *
   * @param service a registered service with a liveness link
   */
  public void heartbeat(ServiceInfo service) {
    updateLiveness(livenessUri(service), HEARTBEAT);
  }

  /**
   * Async {@link #heartbeat(ServiceInfo)}.
   *
   * @param service a registered service with a liveness link
   * @return completes when the platform accepted the heartbeat
   */
  public CompletableFuture<Void> heartbeatAsync(ServiceInfo service) {
    return updateLivenessAsync(livenessUri(service), HEARTBEAT);
  }

  /**
   * Updates a liveness resource ({@code PATCH}).
   *
   * @param livenessUri the URI from {@code ServiceInfo._links.liveness}
   * @param update the update; a heartbeat is {@code ACTIVE}
   */
  public void updateLiveness(URI livenessUri, ServiceLivenessUpdate update) {
    http.send(patchLivenessCall(livenessUri, update));
  }

  /**
   * Async {@link #updateLiveness(URI, ServiceLivenessUpdate)}.
   *
   * @param livenessUri the liveness resource
   * @param update the update
   * @return completes when done
   */
  public CompletableFuture<Void> updateLivenessAsync(URI livenessUri, ServiceLivenessUpdate update) {
    return http.sendAsync(patchLivenessCall(livenessUri, update));
  }

  private Exchange<Void> patchLivenessCall(URI uri, ServiceLivenessUpdate update) {
    return http.exchange("PATCH", Objects.requireNonNull(uri, "livenessUri"), Readers.none()).json(update).build();
  }

  private static URI livenessUri(ServiceInfo service) {
    Objects.requireNonNull(service, "service");
    LinkType link = service.links() == null ? null : service.links().liveness();
    if (link == null) {
      throw new IllegalArgumentException("Service " + service.serName() + " has no _links.liveness: register it with"
          + " a livenessInterval to get a liveness resource, and use the ServiceInfo the platform returned");
    }
    return URI.create(link.href());
  }

  /** Releases this client's share of the connection pool. Idempotent. */
  @Override
  public void close() {
    http.close();
  }

  /** Builds a {@link ServiceMgmtClient}. */
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
    public ServiceMgmtClient build() {
      return new ServiceMgmtClient(transport(ServiceMgmtClient.class, "https://mep.example/mec_service_mgmt/v1"));
    }
  }
}
