package io.mec4j.client.lcm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.mec4j.client.AttributeQuery;
import io.mec4j.client.MecClientBuilder;
import io.mec4j.client.MecClientException;
import io.mec4j.client.internal.BodyReader;
import io.mec4j.client.internal.Exchange;
import io.mec4j.client.internal.HttpTransport;
import io.mec4j.client.internal.Notifications;
import io.mec4j.client.internal.Queries;
import io.mec4j.client.internal.Readers;
import io.mec4j.model.MecJson;
import io.mec4j.model.lcm.AppInstIdCreationSubscriptionInfo;
import io.mec4j.model.lcm.AppInstIdCreationSubscriptionRequest;
import io.mec4j.model.lcm.AppInstIdDeletionSubscriptionInfo;
import io.mec4j.model.lcm.AppInstIdDeletionSubscriptionRequest;
import io.mec4j.model.lcm.AppInstNotification;
import io.mec4j.model.lcm.AppInstSubscriptionInfo;
import io.mec4j.model.lcm.AppInstSubscriptionRequest;
import io.mec4j.model.lcm.AppInstanceIdentifierCreationNotification;
import io.mec4j.model.lcm.AppInstanceIdentifierDeletionNotification;
import io.mec4j.model.lcm.AppInstanceInfo;
import io.mec4j.model.lcm.AppInstanceSubscriptionLinkList;
import io.mec4j.model.lcm.AppInstanceSubscriptionType;
import io.mec4j.model.lcm.AppLcmOpOcc;
import io.mec4j.model.lcm.AppLcmOpOccNotification;
import io.mec4j.model.lcm.AppLcmOpOccSubscriptionInfo;
import io.mec4j.model.lcm.AppLcmOpOccSubscriptionRequest;
import io.mec4j.model.lcm.CancelMode;
import io.mec4j.model.lcm.ConfigPlatformForAppRequest;
import io.mec4j.model.lcm.CreateAppInstanceRequest;
import io.mec4j.model.lcm.InstantiateAppRequest;
import io.mec4j.model.lcm.OperateAppRequest;
import io.mec4j.model.lcm.TerminateAppRequest;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Client of MEC 010-2 application lifecycle management ({@code /app_lcm/v1}): create, instantiate, operate, terminate
 * and delete application instances, follow LCM operation occurrences (cancel, fail, retry), configure the platform for
 * an application, and subscribe to the four kinds of LCM notifications.
 *
 * <pre>{@code
 * try (AppLcmClient lcm = AppLcmClient.builder().baseUri(URI.create("https://meo.example/app_lcm/v1"))
 *         .tokenProvider(tokens).build()) {
 *   AppInstanceInfo app = lcm.createAppInstance(new CreateAppInstanceRequest(appDId, "video-1", null, null));
 *   AcceptedOperation op = lcm.instantiate(app.id(), instantiateRequest);
 *   AppLcmOpOcc occ = lcm.getAppLcmOpOcc(op.appLcmOpOccId().orElseThrow());
 * }
 * }</pre>
 *
 * <p>Every method has an {@code ...Async} twin. Immutable and thread-safe; {@link #toBuilder()} shares the pool.
 */
public final class AppLcmClient implements AutoCloseable {

  private static final String INSTANCES = "app_instances";
  private static final String OCCS = "app_lcm_op_occs";
  private static final BodyReader<AppInstanceInfo> INSTANCE = Readers.json(AppInstanceInfo.class);
  private static final BodyReader<List<AppInstanceInfo>> INSTANCE_LIST = Readers.jsonList(AppInstanceInfo.class);
  private static final BodyReader<AppLcmOpOcc> OCC = Readers.json(AppLcmOpOcc.class);
  private static final BodyReader<List<AppLcmOpOcc>> OCC_LIST = Readers.jsonList(AppLcmOpOcc.class);
  private static final BodyReader<AppInstanceSubscriptionLinkList> SUBS =
      Readers.json(AppInstanceSubscriptionLinkList.class);
  private static final BodyReader<AcceptedOperation> ACCEPTED = r -> new AcceptedOperation(r.location());
  private static final ObjectReader TREE = MecJson.mapper().readerFor(JsonNode.class);
  private static final BodyReader<LcmSubscription> SUBSCRIPTION = AppLcmClient::subscription;

  private final HttpTransport http;

  private AppLcmClient(HttpTransport http) {
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

  // ---------------------------------------------------------------------------------------------- instances

  /**
   * Creates an application instance identifier ({@code POST /app_instances}).
   *
   * @param request the AppD id and instance name
   * @return the new instance, {@code NOT_INSTANTIATED}
   */
  public AppInstanceInfo createAppInstance(CreateAppInstanceRequest request) {
    return http.send(http.exchange("POST", INSTANCE).path(INSTANCES).json(request).build());
  }

  /**
   * Async {@link #createAppInstance}.
   *
   * @param request the request
   * @return the new instance
   */
  public CompletableFuture<AppInstanceInfo> createAppInstanceAsync(CreateAppInstanceRequest request) {
    return http.sendAsync(http.exchange("POST", INSTANCE).path(INSTANCES).json(request).build());
  }

  /**
   * Application instances matching a query ({@code GET /app_instances}).
   *
   * @param query filter and attribute selectors
   * @return the instances
   */
  public List<AppInstanceInfo> getAppInstances(AttributeQuery query) {
    return http.send(Queries.attributes(http.exchange("GET", INSTANCE_LIST).path(INSTANCES), query).build());
  }

  /**
   * Async {@link #getAppInstances}.
   *
   * @param query filter and attribute selectors
   * @return the instances
   */
  public CompletableFuture<List<AppInstanceInfo>> getAppInstancesAsync(AttributeQuery query) {
    return http.sendAsync(Queries.attributes(http.exchange("GET", INSTANCE_LIST).path(INSTANCES), query).build());
  }

  /**
   * One application instance ({@code GET /app_instances/{appInstanceId}}).
   *
   * @param appInstanceId the id
   * @return the instance
   */
  public AppInstanceInfo getAppInstance(String appInstanceId) {
    return http.send(http.exchange("GET", INSTANCE).path(INSTANCES, appInstanceId).build());
  }

  /**
   * Async {@link #getAppInstance}.
   *
   * @param appInstanceId the id
   * @return the instance
   */
  public CompletableFuture<AppInstanceInfo> getAppInstanceAsync(String appInstanceId) {
    return http.sendAsync(http.exchange("GET", INSTANCE).path(INSTANCES, appInstanceId).build());
  }

  /**
   * Deletes an application instance identifier ({@code DELETE /app_instances/{appInstanceId}}).
   *
   * @param appInstanceId the id of a {@code NOT_INSTANTIATED} instance
   */
  public void deleteAppInstance(String appInstanceId) {
    http.send(http.exchange("DELETE", Readers.none()).path(INSTANCES, appInstanceId).build());
  }

  /**
   * Async {@link #deleteAppInstance}.
   *
   * @param appInstanceId the id
   * @return completes when done
   */
  public CompletableFuture<Void> deleteAppInstanceAsync(String appInstanceId) {
    return http.sendAsync(http.exchange("DELETE", Readers.none()).path(INSTANCES, appInstanceId).build());
  }

  /**
   * Instantiates an application ({@code POST /app_instances/{appInstanceId}/instantiate}); answered 202.
   *
   * @param appInstanceId the id
   * @param request where and how
   * @return the accepted operation and its occurrence
   */
  public AcceptedOperation instantiate(String appInstanceId, InstantiateAppRequest request) {
    return http.send(task(INSTANCES, appInstanceId, "instantiate", request));
  }

  /**
   * Async {@link #instantiate}.
   *
   * @param appInstanceId the id
   * @param request where and how
   * @return the accepted operation
   */
  public CompletableFuture<AcceptedOperation> instantiateAsync(String appInstanceId, InstantiateAppRequest request) {
    return http.sendAsync(task(INSTANCES, appInstanceId, "instantiate", request));
  }

  /**
   * Terminates an application instance ({@code POST /app_instances/{appInstanceId}/terminate}); answered 202.
   *
   * @param appInstanceId the id
   * @param request forceful or graceful
   * @return the accepted operation
   */
  public AcceptedOperation terminate(String appInstanceId, TerminateAppRequest request) {
    return http.send(task(INSTANCES, appInstanceId, "terminate", request));
  }

  /**
   * Async {@link #terminate}.
   *
   * @param appInstanceId the id
   * @param request forceful or graceful
   * @return the accepted operation
   */
  public CompletableFuture<AcceptedOperation> terminateAsync(String appInstanceId, TerminateAppRequest request) {
    return http.sendAsync(task(INSTANCES, appInstanceId, "terminate", request));
  }

  /**
   * Starts or stops an application instance ({@code POST /app_instances/{appInstanceId}/operate}); answered 202.
   *
   * @param appInstanceId the id
   * @param request the target state
   * @return the accepted operation
   */
  public AcceptedOperation operate(String appInstanceId, OperateAppRequest request) {
    return http.send(task(INSTANCES, appInstanceId, "operate", request));
  }

  /**
   * Async {@link #operate}.
   *
   * @param appInstanceId the id
   * @param request the target state
   * @return the accepted operation
   */
  public CompletableFuture<AcceptedOperation> operateAsync(String appInstanceId, OperateAppRequest request) {
    return http.sendAsync(task(INSTANCES, appInstanceId, "operate", request));
  }

  /**
   * Configures the MEC platform for an application ({@code POST
   * /app_instances/{appInstanceId}/configure_platform_for_app}); answered 202.
   *
   * @param appInstanceId the id
   * @param request the platform configuration (rules, services)
   * @return the accepted operation
   */
  public AcceptedOperation configurePlatformForApp(String appInstanceId, ConfigPlatformForAppRequest request) {
    return http.send(task(INSTANCES, appInstanceId, "configure_platform_for_app", request));
  }

  /**
   * Async {@link #configurePlatformForApp}.
   *
   * @param appInstanceId the id
   * @param request the platform configuration
   * @return the accepted operation
   */
  public CompletableFuture<AcceptedOperation> configurePlatformForAppAsync(String appInstanceId,
      ConfigPlatformForAppRequest request) {
    return http.sendAsync(task(INSTANCES, appInstanceId, "configure_platform_for_app", request));
  }

  private Exchange<AcceptedOperation> task(String collection, String id, String action, @Nullable Object body) {
    Exchange.Builder<AcceptedOperation> b = http.exchange("POST", ACCEPTED).path(collection, id, action);
    return (body == null ? b.emptyBody() : b.json(body)).build();
  }

  // ---------------------------------------------------------------------------------------------- operations

  /**
   * LCM operation occurrences matching a query ({@code GET /app_lcm_op_occs}).
   *
   * @param query filter and attribute selectors
   * @return the occurrences
   */
  public List<AppLcmOpOcc> getAppLcmOpOccs(AttributeQuery query) {
    return http.send(Queries.attributes(http.exchange("GET", OCC_LIST).path(OCCS), query).build());
  }

  /**
   * Async {@link #getAppLcmOpOccs}.
   *
   * @param query filter and attribute selectors
   * @return the occurrences
   */
  public CompletableFuture<List<AppLcmOpOcc>> getAppLcmOpOccsAsync(AttributeQuery query) {
    return http.sendAsync(Queries.attributes(http.exchange("GET", OCC_LIST).path(OCCS), query).build());
  }

  /**
   * One LCM operation occurrence ({@code GET /app_lcm_op_occs/{appLcmOpOccId}}).
   *
   * @param appLcmOpOccId the id
   * @return the occurrence
   */
  public AppLcmOpOcc getAppLcmOpOcc(String appLcmOpOccId) {
    return http.send(http.exchange("GET", OCC).path(OCCS, appLcmOpOccId).build());
  }

  /**
   * Async {@link #getAppLcmOpOcc}.
   *
   * @param appLcmOpOccId the id
   * @return the occurrence
   */
  public CompletableFuture<AppLcmOpOcc> getAppLcmOpOccAsync(String appLcmOpOccId) {
    return http.sendAsync(http.exchange("GET", OCC).path(OCCS, appLcmOpOccId).build());
  }

  /**
   * Cancels an ongoing operation ({@code POST /app_lcm_op_occs/{appLcmOpOccId}/cancel}); answered 202.
   *
   * @param appLcmOpOccId the id
   * @param mode graceful or forceful
   * @return the accepted cancellation
   */
  public AcceptedOperation cancel(String appLcmOpOccId, CancelMode mode) {
    return http.send(task(OCCS, appLcmOpOccId, "cancel", mode));
  }

  /**
   * Async {@link #cancel}.
   *
   * @param appLcmOpOccId the id
   * @param mode graceful or forceful
   * @return the accepted cancellation
   */
  public CompletableFuture<AcceptedOperation> cancelAsync(String appLcmOpOccId, CancelMode mode) {
    return http.sendAsync(task(OCCS, appLcmOpOccId, "cancel", mode));
  }

  /**
   * Marks a {@code FAILED_TEMP} operation as finally failed ({@code POST /app_lcm_op_occs/{appLcmOpOccId}/fail}).
   *
   * @param appLcmOpOccId the id
   * @return the occurrence, now {@code FAILED}
   */
  public AppLcmOpOcc fail(String appLcmOpOccId) {
    return http.send(http.exchange("POST", OCC).path(OCCS, appLcmOpOccId, "fail").emptyBody().build());
  }

  /**
   * Async {@link #fail}.
   *
   * @param appLcmOpOccId the id
   * @return the occurrence
   */
  public CompletableFuture<AppLcmOpOcc> failAsync(String appLcmOpOccId) {
    return http.sendAsync(http.exchange("POST", OCC).path(OCCS, appLcmOpOccId, "fail").emptyBody().build());
  }

  /**
   * Retries a {@code FAILED_TEMP} operation ({@code POST /app_lcm_op_occs/{appLcmOpOccId}/retry}); answered 202.
   *
   * @param appLcmOpOccId the id
   * @return the accepted retry
   */
  public AcceptedOperation retry(String appLcmOpOccId) {
    return http.send(task(OCCS, appLcmOpOccId, "retry", null));
  }

  /**
   * Async {@link #retry}.
   *
   * @param appLcmOpOccId the id
   * @return the accepted retry
   */
  public CompletableFuture<AcceptedOperation> retryAsync(String appLcmOpOccId) {
    return http.sendAsync(task(OCCS, appLcmOpOccId, "retry", null));
  }

  // ---------------------------------------------------------------------------------------------- subscriptions

  /**
   * Subscribes to application instance state changes ({@code POST /subscriptions}).
   *
   * @param request the subscription
   * @return the created subscription
   */
  public AppInstSubscriptionInfo subscribe(AppInstSubscriptionRequest request) {
    return http.send(subscribeCall(request, AppInstSubscriptionInfo.class));
  }

  /**
   * Subscribes to LCM operation occurrence state changes ({@code POST /subscriptions}).
   *
   * @param request the subscription
   * @return the created subscription
   */
  public AppLcmOpOccSubscriptionInfo subscribe(AppLcmOpOccSubscriptionRequest request) {
    return http.send(subscribeCall(request, AppLcmOpOccSubscriptionInfo.class));
  }

  /**
   * Subscribes to the creation of application instance identifiers ({@code POST /subscriptions}).
   *
   * @param request the subscription
   * @return the created subscription
   */
  public AppInstIdCreationSubscriptionInfo subscribe(AppInstIdCreationSubscriptionRequest request) {
    return http.send(subscribeCall(request, AppInstIdCreationSubscriptionInfo.class));
  }

  /**
   * Subscribes to the deletion of application instance identifiers ({@code POST /subscriptions}).
   *
   * @param request the subscription
   * @return the created subscription
   */
  public AppInstIdDeletionSubscriptionInfo subscribe(AppInstIdDeletionSubscriptionRequest request) {
    return http.send(subscribeCall(request, AppInstIdDeletionSubscriptionInfo.class));
  }

  /**
   * Async {@link #subscribe(AppInstSubscriptionRequest)}.
   *
   * @param request the subscription
   * @return the created subscription
   */
  public CompletableFuture<AppInstSubscriptionInfo> subscribeAsync(AppInstSubscriptionRequest request) {
    return http.sendAsync(subscribeCall(request, AppInstSubscriptionInfo.class));
  }

  /**
   * Async {@link #subscribe(AppLcmOpOccSubscriptionRequest)}.
   *
   * @param request the subscription
   * @return the created subscription
   */
  public CompletableFuture<AppLcmOpOccSubscriptionInfo> subscribeAsync(AppLcmOpOccSubscriptionRequest request) {
    return http.sendAsync(subscribeCall(request, AppLcmOpOccSubscriptionInfo.class));
  }

  /**
   * Async {@link #subscribe(AppInstIdCreationSubscriptionRequest)}.
   *
   * @param request the subscription
   * @return the created subscription
   */
  public CompletableFuture<AppInstIdCreationSubscriptionInfo> subscribeAsync(
      AppInstIdCreationSubscriptionRequest request) {
    return http.sendAsync(subscribeCall(request, AppInstIdCreationSubscriptionInfo.class));
  }

  /**
   * Async {@link #subscribe(AppInstIdDeletionSubscriptionRequest)}.
   *
   * @param request the subscription
   * @return the created subscription
   */
  public CompletableFuture<AppInstIdDeletionSubscriptionInfo> subscribeAsync(
      AppInstIdDeletionSubscriptionRequest request) {
    return http.sendAsync(subscribeCall(request, AppInstIdDeletionSubscriptionInfo.class));
  }

  private <T> Exchange<T> subscribeCall(Object request, Class<T> type) {
    return http.exchange("POST", Readers.json(type)).path("subscriptions").json(request).build();
  }

  /**
   * The subscriptions, optionally of one type ({@code GET /subscriptions?subscriptiontype=...}, the parameter name of the spec file).
   *
   * @param type the type, or {@code null} for all
   * @return links to them
   */
  public AppInstanceSubscriptionLinkList getSubscriptions(@Nullable AppInstanceSubscriptionType type) {
    return http.send(subscriptionsCall(type));
  }

  /**
   * Async {@link #getSubscriptions}.
   *
   * @param type the type, or {@code null} for all
   * @return links to them
   */
  public CompletableFuture<AppInstanceSubscriptionLinkList> getSubscriptionsAsync(
      @Nullable AppInstanceSubscriptionType type) {
    return http.sendAsync(subscriptionsCall(type));
  }

  private Exchange<AppInstanceSubscriptionLinkList> subscriptionsCall(@Nullable AppInstanceSubscriptionType type) {
    if (type == AppInstanceSubscriptionType.UNKNOWN) {
      throw new IllegalArgumentException("UNKNOWN is not a subscription type to query");
    }
    return http.exchange("GET", SUBS).path("subscriptions").query("subscriptiontype", type).build();
  }

  /**
   * One subscription, of whichever type ({@code GET /subscriptions/{subscriptionId}}).
   *
   * @param subscriptionId the id
   * @return the subscription
   */
  public LcmSubscription getSubscription(String subscriptionId) {
    return http.send(http.exchange("GET", SUBSCRIPTION).path("subscriptions", subscriptionId).build());
  }

  /**
   * Async {@link #getSubscription}.
   *
   * @param subscriptionId the id
   * @return the subscription
   */
  public CompletableFuture<LcmSubscription> getSubscriptionAsync(String subscriptionId) {
    return http.sendAsync(http.exchange("GET", SUBSCRIPTION).path("subscriptions", subscriptionId).build());
  }

  private static LcmSubscription subscription(io.mec4j.client.internal.Reply r) {
    JsonNode tree = Readers.decode(r, TREE, "LCM subscription");
    AppInstanceSubscriptionType type = MecJson.mapper().convertValue(tree.get("subscriptionType"),
        AppInstanceSubscriptionType.class);
    Class<?> cls = type == null ? null : switch (type) {
      case APP_INSTANCE_STATE_CHANGE_SUBSCRIPTION -> AppInstSubscriptionInfo.class;
      case APP_LCM_OP_OCC_STATE_CHANGE_SUBSCRIPTION -> AppLcmOpOccSubscriptionInfo.class;
      case APP_IDENTIFIER_CREATION_SUBSCRIPTION -> AppInstIdCreationSubscriptionInfo.class;
      case APP_IDENTIFIER_DELETION_SUBSCRIPTION -> AppInstIdDeletionSubscriptionInfo.class;
      case UNKNOWN -> null;
    };
    if (type == null || cls == null) {
      throw new MecClientException(r.method() + " " + r.uri() + " answered a subscription of unknown type "
          + tree.get("subscriptionType"), r.method(), r.uri(), null);
    }
    return new LcmSubscription(type, MecJson.mapper().convertValue(tree, cls));
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

  // ---------------------------------------------------------------------------------------------- notifications

  /**
   * Delivers an application instance notification to a subscriber (the spec's {@code POST
   * /user_defined_notification}, whose real URI is the subscription's {@code callbackUri}).
   *
   * @param callbackUri the subscriber's callback URI
   * @param notification the notification
   */
  public void deliverNotification(URI callbackUri, AppInstNotification notification) {
    http.send(Notifications.post(http, callbackUri, notification));
  }

  /**
   * Delivers an LCM operation occurrence notification to a subscriber.
   *
   * @param callbackUri the subscriber's callback URI
   * @param notification the notification
   */
  public void deliverNotification(URI callbackUri, AppLcmOpOccNotification notification) {
    http.send(Notifications.post(http, callbackUri, notification));
  }

  /**
   * Delivers an identifier creation notification to a subscriber.
   *
   * @param callbackUri the subscriber's callback URI
   * @param notification the notification
   */
  public void deliverNotification(URI callbackUri, AppInstanceIdentifierCreationNotification notification) {
    http.send(Notifications.post(http, callbackUri, notification));
  }

  /**
   * Delivers an identifier deletion notification to a subscriber.
   *
   * @param callbackUri the subscriber's callback URI
   * @param notification the notification
   */
  public void deliverNotification(URI callbackUri, AppInstanceIdentifierDeletionNotification notification) {
    http.send(Notifications.post(http, callbackUri, notification));
  }

  /**
   * Async delivery of any of the four LCM notification records.
   *
   * @param callbackUri the subscriber's callback URI
   * @param notification an {@link AppInstNotification}, {@link AppLcmOpOccNotification}, {@link
   *     AppInstanceIdentifierCreationNotification} or {@link AppInstanceIdentifierDeletionNotification}
   * @return completes when the subscriber answered 2xx
   */
  public CompletableFuture<Void> deliverNotificationAsync(URI callbackUri, Object notification) {
    if (!(notification instanceof AppInstNotification || notification instanceof AppLcmOpOccNotification
        || notification instanceof AppInstanceIdentifierCreationNotification
        || notification instanceof AppInstanceIdentifierDeletionNotification)) {
      throw new IllegalArgumentException("Not an MEC 010-2 LCM notification: " + notification.getClass().getName());
    }
    return http.sendAsync(Notifications.post(http, callbackUri, notification));
  }

  /** Releases this client's share of the connection pool. Idempotent. */
  @Override
  public void close() {
    http.close();
  }

  /** Builds an {@link AppLcmClient}. */
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
    public AppLcmClient build() {
      return new AppLcmClient(transport(AppLcmClient.class, "https://meo.example/app_lcm/v1"));
    }
  }
}
