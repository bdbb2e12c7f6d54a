package io.mec4j.client.mp1;

import io.mec4j.client.ETagged;
import io.mec4j.client.MecClientBuilder;
import io.mec4j.client.internal.BodyReader;
import io.mec4j.client.internal.Exchange;
import io.mec4j.client.internal.HttpTransport;
import io.mec4j.client.internal.Readers;
import io.mec4j.model.mp1.AppInfo;
import io.mec4j.model.mp1.AppReadyConfirmation;
import io.mec4j.model.mp1.AppTerminationConfirmation;
import io.mec4j.model.mp1.AppTerminationNotificationSubscription;
import io.mec4j.model.mp1.CurrentTime;
import io.mec4j.model.mp1.DnsRule;
import io.mec4j.model.mp1.OperationActionType;
import io.mec4j.model.mp1.SubscriptionLinkList;
import io.mec4j.model.mp1.TimingCaps;
import io.mec4j.model.mp1.TrafficRule;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Client of MEC 011 application support ({@code /mec_app_support/v1}): confirm ready and termination, subscribe to
 * termination notifications, read and change traffic and DNS rules, platform time, and registrations of applications
 * not instantiated by the MEC system.
 *
 * <pre>{@code
 * try (AppSupportClient support = AppSupportClient.builder()
 *         .baseUri(URI.create("https://mep.example/mec_app_support/v1")).bearerToken(token).build()) {
 *   support.confirmReady("app-1");
 *   List<TrafficRule> rules = support.getTrafficRules("app-1");
 * }
 * }</pre>
 *
 * <p>Every method has an {@code ...Async} twin. Errors as for {@link ServiceMgmtClient}. Immutable and thread-safe;
 * {@link #toBuilder()} shares the connection pool.
 */
public final class AppSupportClient implements AutoCloseable {

  private static final BodyReader<SubscriptionLinkList> SUBSCRIPTIONS = Readers.json(SubscriptionLinkList.class);
  private static final BodyReader<AppTerminationNotificationSubscription> SUBSCRIPTION =
      Readers.json(AppTerminationNotificationSubscription.class);
  private static final BodyReader<TimingCaps> TIMING_CAPS = Readers.json(TimingCaps.class);
  private static final BodyReader<CurrentTime> CURRENT_TIME = Readers.json(CurrentTime.class);
  private static final BodyReader<List<TrafficRule>> TRAFFIC_RULES = Readers.jsonList(TrafficRule.class);
  private static final BodyReader<TrafficRule> TRAFFIC_RULE = Readers.json(TrafficRule.class);
  private static final BodyReader<ETagged<TrafficRule>> TRAFFIC_RULE_TAGGED = Readers.jsonWithETag(TrafficRule.class);
  private static final BodyReader<List<DnsRule>> DNS_RULES = Readers.jsonList(DnsRule.class);
  private static final BodyReader<DnsRule> DNS_RULE = Readers.json(DnsRule.class);
  private static final BodyReader<ETagged<DnsRule>> DNS_RULE_TAGGED = Readers.jsonWithETag(DnsRule.class);
  private static final BodyReader<AppInfo> APP_INFO = Readers.json(AppInfo.class);
  private static final AppReadyConfirmation READY = new AppReadyConfirmation("READY");

  private final HttpTransport http;

  private AppSupportClient(HttpTransport http) {
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

  // ---------------------------------------------------------------------------------------------- subscriptions

  /**
   * The application instance's termination subscriptions ({@code GET /applications/{appInstanceId}/subscriptions}).
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
   * Subscribes to application termination notifications ({@code POST /applications/{appInstanceId}/subscriptions}).
   *
   * @param appInstanceId the subscriber; the subscription's {@code appInstanceId} must be the same
   * @param subscription the subscription, {@code subscriptionType} {@code AppTerminationNotificationSubscription}
   * @return the created subscription with its self link
   */
  public AppTerminationNotificationSubscription subscribe(String appInstanceId,
      AppTerminationNotificationSubscription subscription) {
    return http.send(subscribeCall(appInstanceId, subscription));
  }

  /**
   * Async {@link #subscribe(String, AppTerminationNotificationSubscription)}.
   *
   * @param appInstanceId the subscriber
   * @param subscription the subscription
   * @return the created subscription
   */
  public CompletableFuture<AppTerminationNotificationSubscription> subscribeAsync(String appInstanceId,
      AppTerminationNotificationSubscription subscription) {
    return http.sendAsync(subscribeCall(appInstanceId, subscription));
  }

  private Exchange<AppTerminationNotificationSubscription> subscribeCall(String appInstanceId,
      AppTerminationNotificationSubscription s) {
    return http.exchange("POST", SUBSCRIPTION).path("applications", appInstanceId, "subscriptions").json(s).build();
  }

  /**
   * One termination subscription ({@code GET /applications/{appInstanceId}/subscriptions/{subscriptionId}}).
   *
   * @param appInstanceId the subscriber
   * @param subscriptionId the subscription id
   * @return the subscription
   */
  public AppTerminationNotificationSubscription getSubscription(String appInstanceId, String subscriptionId) {
    return http.send(subscriptionCall(appInstanceId, subscriptionId));
  }

  /**
   * Async {@link #getSubscription(String, String)}.
   *
   * @param appInstanceId the subscriber
   * @param subscriptionId the subscription id
   * @return the subscription
   */
  public CompletableFuture<AppTerminationNotificationSubscription> getSubscriptionAsync(String appInstanceId,
      String subscriptionId) {
    return http.sendAsync(subscriptionCall(appInstanceId, subscriptionId));
  }

  private Exchange<AppTerminationNotificationSubscription> subscriptionCall(String appInstanceId, String id) {
    return http.exchange("GET", SUBSCRIPTION).path("applications", appInstanceId, "subscriptions", id).build();
  }

  /**
   * Deletes a termination subscription ({@code DELETE /applications/{appInstanceId}/subscriptions/{subscriptionId}}).
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

  // ---------------------------------------------------------------------------------------------- timing

  /**
   * The platform's timing capabilities ({@code GET /timing/timing_caps}).
   *
   * @return the capabilities
   */
  public TimingCaps getTimingCaps() {
    return http.send(http.exchange("GET", TIMING_CAPS).path("timing", "timing_caps").build());
  }

  /**
   * Async {@link #getTimingCaps()}.
   *
   * @return the capabilities
   */
  public CompletableFuture<TimingCaps> getTimingCapsAsync() {
    return http.sendAsync(http.exchange("GET", TIMING_CAPS).path("timing", "timing_caps").build());
  }

  /**
   * The platform's current time ({@code GET /timing/current_time}).
   *
   * @return the time and whether it is traceable
   */
  public CurrentTime getCurrentTime() {
    return http.send(http.exchange("GET", CURRENT_TIME).path("timing", "current_time").build());
  }

  /**
   * Async {@link #getCurrentTime()}.
   *
   * @return the time
   */
  public CompletableFuture<CurrentTime> getCurrentTimeAsync() {
    return http.sendAsync(http.exchange("GET", CURRENT_TIME).path("timing", "current_time").build());
  }

  // ---------------------------------------------------------------------------------------------- traffic rules

  /**
   * The application instance's traffic rules ({@code GET /applications/{appInstanceId}/traffic_rules}).
   *
   * @param appInstanceId the owner
   * @return its rules
   */
  public List<TrafficRule> getTrafficRules(String appInstanceId) {
    return http.send(rulesCall(appInstanceId, "traffic_rules", TRAFFIC_RULES));
  }

  /**
   * Async {@link #getTrafficRules(String)}.
   *
   * @param appInstanceId the owner
   * @return its rules
   */
  public CompletableFuture<List<TrafficRule>> getTrafficRulesAsync(String appInstanceId) {
    return http.sendAsync(rulesCall(appInstanceId, "traffic_rules", TRAFFIC_RULES));
  }

  /**
   * One traffic rule ({@code GET /applications/{appInstanceId}/traffic_rules/{trafficRuleId}}).
   *
   * @param appInstanceId the owner
   * @param trafficRuleId the rule id
   * @return the rule
   */
  public TrafficRule getTrafficRule(String appInstanceId, String trafficRuleId) {
    return http.send(ruleCall(appInstanceId, "traffic_rules", trafficRuleId, TRAFFIC_RULE));
  }

  /**
   * Async {@link #getTrafficRule(String, String)}.
   *
   * @param appInstanceId the owner
   * @param trafficRuleId the rule id
   * @return the rule
   */
  public CompletableFuture<TrafficRule> getTrafficRuleAsync(String appInstanceId, String trafficRuleId) {
    return http.sendAsync(ruleCall(appInstanceId, "traffic_rules", trafficRuleId, TRAFFIC_RULE));
  }

  /**
   * One traffic rule with its entity tag, for {@link #updateTrafficRuleIfMatch}.
   *
   * @param appInstanceId the owner
   * @param trafficRuleId the rule id
   * @return the rule and its {@code ETag}
   */
  public ETagged<TrafficRule> getTrafficRuleWithETag(String appInstanceId, String trafficRuleId) {
    return http.send(ruleCall(appInstanceId, "traffic_rules", trafficRuleId, TRAFFIC_RULE_TAGGED));
  }

  /**
   * Async {@link #getTrafficRuleWithETag(String, String)}.
   *
   * @param appInstanceId the owner
   * @param trafficRuleId the rule id
   * @return the rule and its {@code ETag}
   */
  public CompletableFuture<ETagged<TrafficRule>> getTrafficRuleWithETagAsync(String appInstanceId,
      String trafficRuleId) {
    return http.sendAsync(ruleCall(appInstanceId, "traffic_rules", trafficRuleId, TRAFFIC_RULE_TAGGED));
  }

  /**
   * Replaces a traffic rule, e.g. to activate or deactivate it ({@code PUT .../traffic_rules/{trafficRuleId}}).
   *
   * @param appInstanceId the owner
   * @param trafficRuleId the rule id; the rule's {@code trafficRuleId} must be the same
   * @param rule the new rule
   * @return the rule as stored
   */
  public TrafficRule updateTrafficRule(String appInstanceId, String trafficRuleId, TrafficRule rule) {
    return http.send(putRuleCall(appInstanceId, "traffic_rules", trafficRuleId, rule, null, TRAFFIC_RULE));
  }

  /**
   * Async {@link #updateTrafficRule(String, String, TrafficRule)}.
   *
   * @param appInstanceId the owner
   * @param trafficRuleId the rule id
   * @param rule the new rule
   * @return the rule as stored
   */
  public CompletableFuture<TrafficRule> updateTrafficRuleAsync(String appInstanceId, String trafficRuleId,
      TrafficRule rule) {
    return http.sendAsync(putRuleCall(appInstanceId, "traffic_rules", trafficRuleId, rule, null, TRAFFIC_RULE));
  }

  /**
   * Replaces a traffic rule only if it is still at the version {@code etag} names ({@code If-Match}).
   *
   * @param appInstanceId the owner
   * @param trafficRuleId the rule id
   * @param rule the new rule
   * @param etag the entity tag from {@link #getTrafficRuleWithETag}
   * @return the rule as stored and its new entity tag
   * @throws io.mec4j.model.error.MecPreconditionFailedException when the rule changed since
   */
  public ETagged<TrafficRule> updateTrafficRuleIfMatch(String appInstanceId, String trafficRuleId, TrafficRule rule,
      String etag) {
    return http.send(putRuleCall(appInstanceId, "traffic_rules", trafficRuleId, rule, requireETag(etag),
        TRAFFIC_RULE_TAGGED));
  }

  /**
   * Async {@link #updateTrafficRuleIfMatch(String, String, TrafficRule, String)}.
   *
   * @param appInstanceId the owner
   * @param trafficRuleId the rule id
   * @param rule the new rule
   * @param etag the entity tag
   * @return the rule as stored and its new entity tag
   */
  public CompletableFuture<ETagged<TrafficRule>> updateTrafficRuleIfMatchAsync(String appInstanceId,
      String trafficRuleId, TrafficRule rule, String etag) {
    return http.sendAsync(putRuleCall(appInstanceId, "traffic_rules", trafficRuleId, rule, requireETag(etag),
        TRAFFIC_RULE_TAGGED));
  }

  // ---------------------------------------------------------------------------------------------- DNS rules

  /**
   * The application instance's DNS rules ({@code GET /applications/{appInstanceId}/dns_rules}).
   *
   * @param appInstanceId the owner
   * @return its rules
   */
  public List<DnsRule> getDnsRules(String appInstanceId) {
    return http.send(rulesCall(appInstanceId, "dns_rules", DNS_RULES));
  }

  /**
   * Async {@link #getDnsRules(String)}.
   *
   * @param appInstanceId the owner
   * @return its rules
   */
  public CompletableFuture<List<DnsRule>> getDnsRulesAsync(String appInstanceId) {
    return http.sendAsync(rulesCall(appInstanceId, "dns_rules", DNS_RULES));
  }

  /**
   * One DNS rule ({@code GET /applications/{appInstanceId}/dns_rules/{dnsRuleId}}).
   *
   * @param appInstanceId the owner
   * @param dnsRuleId the rule id
   * @return the rule
   */
  public DnsRule getDnsRule(String appInstanceId, String dnsRuleId) {
    return http.send(ruleCall(appInstanceId, "dns_rules", dnsRuleId, DNS_RULE));
  }

  /**
   * Async {@link #getDnsRule(String, String)}.
   *
   * @param appInstanceId the owner
   * @param dnsRuleId the rule id
   * @return the rule
   */
  public CompletableFuture<DnsRule> getDnsRuleAsync(String appInstanceId, String dnsRuleId) {
    return http.sendAsync(ruleCall(appInstanceId, "dns_rules", dnsRuleId, DNS_RULE));
  }

  /**
   * One DNS rule with its entity tag, for {@link #updateDnsRuleIfMatch}.
   *
   * @param appInstanceId the owner
   * @param dnsRuleId the rule id
   * @return the rule and its {@code ETag}
   */
  public ETagged<DnsRule> getDnsRuleWithETag(String appInstanceId, String dnsRuleId) {
    return http.send(ruleCall(appInstanceId, "dns_rules", dnsRuleId, DNS_RULE_TAGGED));
  }

  /**
   * Async {@link #getDnsRuleWithETag(String, String)}.
   *
   * @param appInstanceId the owner
   * @param dnsRuleId the rule id
   * @return the rule and its {@code ETag}
   */
  public CompletableFuture<ETagged<DnsRule>> getDnsRuleWithETagAsync(String appInstanceId, String dnsRuleId) {
    return http.sendAsync(ruleCall(appInstanceId, "dns_rules", dnsRuleId, DNS_RULE_TAGGED));
  }

  /**
   * Replaces a DNS rule ({@code PUT /applications/{appInstanceId}/dns_rules/{dnsRuleId}}).
   *
   * @param appInstanceId the owner
   * @param dnsRuleId the rule id; the rule's {@code dnsRuleId} must be the same
   * @param rule the new rule
   * @return the rule as stored
   */
  public DnsRule updateDnsRule(String appInstanceId, String dnsRuleId, DnsRule rule) {
    return http.send(putRuleCall(appInstanceId, "dns_rules", dnsRuleId, rule, null, DNS_RULE));
  }

  /**
   * Async {@link #updateDnsRule(String, String, DnsRule)}.
   *
   * @param appInstanceId the owner
   * @param dnsRuleId the rule id
   * @param rule the new rule
   * @return the rule as stored
   */
  public CompletableFuture<DnsRule> updateDnsRuleAsync(String appInstanceId, String dnsRuleId, DnsRule rule) {
    return http.sendAsync(putRuleCall(appInstanceId, "dns_rules", dnsRuleId, rule, null, DNS_RULE));
  }

  /**
   * Replaces a DNS rule only if it is still at the version {@code etag} names ({@code If-Match}).
   *
   * @param appInstanceId the owner
   * @param dnsRuleId the rule id
   * @param rule the new rule
   * @param etag the entity tag from {@link #getDnsRuleWithETag}
   * @return the rule as stored and its new entity tag
   * @throws io.mec4j.model.error.MecPreconditionFailedException when the rule changed since
   */
  public ETagged<DnsRule> updateDnsRuleIfMatch(String appInstanceId, String dnsRuleId, DnsRule rule, String etag) {
    return http.send(putRuleCall(appInstanceId, "dns_rules", dnsRuleId, rule, requireETag(etag), DNS_RULE_TAGGED));
  }

  /**
   * Async {@link #updateDnsRuleIfMatch(String, String, DnsRule, String)}.
   *
   * @param appInstanceId the owner
   * @param dnsRuleId the rule id
   * @param rule the new rule
   * @param etag the entity tag
   * @return the rule as stored and its new entity tag
   */
  public CompletableFuture<ETagged<DnsRule>> updateDnsRuleIfMatchAsync(String appInstanceId, String dnsRuleId,
      DnsRule rule, String etag) {
    return http.sendAsync(putRuleCall(appInstanceId, "dns_rules", dnsRuleId, rule, requireETag(etag),
        DNS_RULE_TAGGED));
  }

  private <T> Exchange<T> rulesCall(String appInstanceId, String kind, BodyReader<T> reader) {
    return http.exchange("GET", reader).path("applications", appInstanceId, kind).build();
  }

  private <T> Exchange<T> ruleCall(String appInstanceId, String kind, String id, BodyReader<T> reader) {
    return http.exchange("GET", reader).path("applications", appInstanceId, kind, id).build();
  }

  private <T> Exchange<T> putRuleCall(String appInstanceId, String kind, String id, Object rule, @Nullable String etag,
      BodyReader<T> reader) {
    Exchange.Builder<T> b = http.exchange("PUT", reader).path("applications", appInstanceId, kind, id).json(rule);
    if (etag != null) {
      b.header("If-Match", etag);
    }
    return b.build();
  }

  private static String requireETag(String etag) {
    return Objects.requireNonNull(etag, "etag");
  }

  // ---------------------------------------------------------------------------------------------- confirmations

  /**
   * Tells the platform the application is up and running ({@code POST /applications/{appInstanceId}/confirm_ready}
   * with {@code {"indication":"READY"}}).
   *
   * @param appInstanceId the application instance
   */
  public void confirmReady(String appInstanceId) {
    confirmReady(appInstanceId, READY);
  }

  /**
   * Sends a ready confirmation ({@code POST /applications/{appInstanceId}/confirm_ready}).
   *
   * @param appInstanceId the application instance
   * @param confirmation the confirmation
   */
  public void confirmReady(String appInstanceId, AppReadyConfirmation confirmation) {
    http.send(confirmCall(appInstanceId, "confirm_ready", confirmation));
  }

  /**
   * Async {@link #confirmReady(String)}.
   *
   * @param appInstanceId the application instance
   * @return completes when the platform accepted it
   */
  public CompletableFuture<Void> confirmReadyAsync(String appInstanceId) {
    return http.sendAsync(confirmCall(appInstanceId, "confirm_ready", READY));
  }

  /**
   * Confirms that the application finished its graceful termination or stop ({@code POST
   * /applications/{appInstanceId}/confirm_termination}).
   *
   * @param appInstanceId the application instance
   * @param action the {@code operationAction} of the termination notification being answered
   * @throws io.mec4j.model.error.MecConflictException when no termination is in progress
   */
  public void confirmTermination(String appInstanceId, OperationActionType action) {
    confirmTermination(appInstanceId, new AppTerminationConfirmation(Objects.requireNonNull(action, "action")));
  }

  /**
   * Sends a termination confirmation ({@code POST /applications/{appInstanceId}/confirm_termination}).
   *
   * @param appInstanceId the application instance
   * @param confirmation the confirmation
   */
  public void confirmTermination(String appInstanceId, AppTerminationConfirmation confirmation) {
    http.send(confirmCall(appInstanceId, "confirm_termination", confirmation));
  }

  /**
   * Async {@link #confirmTermination(String, AppTerminationConfirmation)}.
   *
   * @param appInstanceId the application instance
   * @param confirmation the confirmation
   * @return completes when the platform accepted it
   */
  public CompletableFuture<Void> confirmTerminationAsync(String appInstanceId,
      AppTerminationConfirmation confirmation) {
    return http.sendAsync(confirmCall(appInstanceId, "confirm_termination", confirmation));
  }

  private Exchange<Void> confirmCall(String appInstanceId, String what, Object body) {
    return http.exchange("POST", Readers.none()).path("applications", appInstanceId, what).json(body).build();
  }

  // ---------------------------------------------------------------------------------------------- registrations

  /**
   * Registers an application instance with the platform ({@code POST /registrations}).
   *
   * @param info the application's information
   * @return the registration, with {@code appInstanceId} set
   */
  public AppInfo register(AppInfo info) {
    return http.send(registerCall(info));
  }

  /**
   * Async {@link #register(AppInfo)}.
   *
   * @param info the application's information
   * @return the registration
   */
  public CompletableFuture<AppInfo> registerAsync(AppInfo info) {
    return http.sendAsync(registerCall(info));
  }

  private Exchange<AppInfo> registerCall(AppInfo info) {
    return http.exchange("POST", APP_INFO).path("registrations").json(info).build();
  }

  /**
   * A registration ({@code GET /registrations/{appInstanceId}}).
   *
   * @param appInstanceId the application instance
   * @return its registration
   */
  public AppInfo getRegistration(String appInstanceId) {
    return http.send(registrationCall(appInstanceId));
  }

  /**
   * Async {@link #getRegistration(String)}.
   *
   * @param appInstanceId the application instance
   * @return its registration
   */
  public CompletableFuture<AppInfo> getRegistrationAsync(String appInstanceId) {
    return http.sendAsync(registrationCall(appInstanceId));
  }

  private Exchange<AppInfo> registrationCall(String appInstanceId) {
    return http.exchange("GET", APP_INFO).path("registrations", appInstanceId).build();
  }

  /**
   * Replaces a registration ({@code PUT /registrations/{appInstanceId}}).
   *
   * @param appInstanceId the application instance
   * @param info the new information
   */
  public void updateRegistration(String appInstanceId, AppInfo info) {
    http.send(updateRegistrationCall(appInstanceId, info));
  }

  /**
   * Async {@link #updateRegistration(String, AppInfo)}.
   *
   * @param appInstanceId the application instance
   * @param info the new information
   * @return completes when done
   */
  public CompletableFuture<Void> updateRegistrationAsync(String appInstanceId, AppInfo info) {
    return http.sendAsync(updateRegistrationCall(appInstanceId, info));
  }

  private Exchange<Void> updateRegistrationCall(String appInstanceId, AppInfo info) {
    return http.exchange("PUT", Readers.none()).path("registrations", appInstanceId).json(info).build();
  }

  /**
   * Deletes a registration ({@code DELETE /registrations/{appInstanceId}}).
   *
   * @param appInstanceId the application instance
   */
  public void deregister(String appInstanceId) {
    http.send(deregisterCall(appInstanceId));
  }

  /**
   * Async {@link #deregister(String)}.
   *
   * @param appInstanceId the application instance
   * @return completes when done
   */
  public CompletableFuture<Void> deregisterAsync(String appInstanceId) {
    return http.sendAsync(deregisterCall(appInstanceId));
  }

  private Exchange<Void> deregisterCall(String appInstanceId) {
    return http.exchange("DELETE", Readers.none()).path("registrations", appInstanceId).build();
  }

  /** Releases this client's share of the connection pool. Idempotent. */
  @Override
  public void close() {
    http.close();
  }

  /** Builds an {@link AppSupportClient}. */
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
    public AppSupportClient build() {
      return new AppSupportClient(transport(AppSupportClient.class, "https://mep.example/mec_app_support/v1"));
    }
  }
}
