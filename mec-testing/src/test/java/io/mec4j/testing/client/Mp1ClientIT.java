package io.mec4j.testing.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.mec4j.client.ETagged;
import io.mec4j.client.mp1.AppSupportClient;
import io.mec4j.client.mp1.ServiceMgmtClient;
import io.mec4j.client.mp1.ServiceQuery;
import io.mec4j.client.notify.NotificationReceiver;
import io.mec4j.model.common.CategoryRef;
import io.mec4j.model.error.MecConflictException;
import io.mec4j.model.error.MecForbiddenException;
import io.mec4j.model.error.MecNotFoundException;
import io.mec4j.model.error.MecPreconditionFailedException;
import io.mec4j.model.error.MecUnauthorizedException;
import io.mec4j.model.mp1.AppInfo;
import io.mec4j.model.mp1.AppTerminationNotification;
import io.mec4j.model.mp1.AppTerminationNotificationSubscription;
import io.mec4j.model.mp1.ChangeType;
import io.mec4j.model.mp1.DnsRule;
import io.mec4j.model.mp1.FilteringCriteria;
import io.mec4j.model.mp1.LocalityType;
import io.mec4j.model.mp1.OperationActionType;
import io.mec4j.model.mp1.RuleState;
import io.mec4j.model.mp1.SerAvailabilityNotificationSubscription;
import io.mec4j.model.mp1.ServiceAvailabilityNotification;
import io.mec4j.model.mp1.ServiceInfo;
import io.mec4j.model.mp1.ServiceLivenessInfo;
import io.mec4j.model.mp1.ServiceState;
import io.mec4j.model.mp1.SubscriptionLink;
import io.mec4j.model.mp1.TrafficRule;
import io.mec4j.model.mp1.TransportInfo;
import io.mec4j.platform.mep.AppProvisioning;
import io.mec4j.platform.mep.MecPlatform;
import io.mec4j.testing.AppCredentials;
import io.mec4j.testing.EmbeddedMecPlatform;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every Mp1 call of the clients against the real embedded platform, over HTTP on loopback. */
class Mp1ClientIT {

  private static final TransportInfo PLATFORM_TRANSPORT = ModelExamples.read("mp1/TransportInfo", TransportInfo.class);
  private static final ServiceInfo EXAMPLE = ModelExamples.read("mp1/ServiceInfo", ServiceInfo.class);

  private static EmbeddedMecPlatform mec;
  private static NotificationReceiver receiver;
  private static final List<ServiceAvailabilityNotification> availability = new CopyOnWriteArrayList<>();
  private static final List<AppTerminationNotification> terminations = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() {
    mec = EmbeddedMecPlatform.builder().customize(b -> b.addTransport(PLATFORM_TRANSPORT)).start();
    receiver = NotificationReceiver.builder()
        .on(ServiceAvailabilityNotification.class, availability::add)
        .on(AppTerminationNotification.class, terminations::add)
        .start();
  }

  @AfterAll
  static void stop() {
    receiver.close();
    mec.close();
  }

  private static ServiceMgmtClient serviceMgmt(AppCredentials app) {
    return ServiceMgmtClient.builder().baseUri(app.serviceMgmtUri()).bearerToken(app.token())
        .callTimeout(Duration.ofSeconds(10)).build();
  }

  private static AppSupportClient appSupport(AppCredentials app) {
    return AppSupportClient.builder().baseUri(app.appSupportUri()).bearerToken(app.token()).build();
  }

  private static ServiceInfo service(String name, String category) {
    return EXAMPLE.toBuilder().serInstanceId(null).links(null).transportId(null).serName(name).livenessInterval(null)
        .serCategory(new CategoryRef("https://catalogue.example/" + category, category, category, "1"))
        .build();
  }

  @Test
  void serviceLifecycle_registerDiscoverUpdateDeregister() {
    AppCredentials producer = mec.provisionApp("sm-producer");
    AppCredentials consumer = mec.provisionApp("sm-consumer");
    try (ServiceMgmtClient p = serviceMgmt(producer); ServiceMgmtClient c = serviceMgmt(consumer)) {
      ServiceInfo rnis = p.registerService(producer.appInstanceId(), service("sm-rnis", "rni"));
      ServiceInfo loc = p.registerServiceAsync(producer.appInstanceId(), service("sm-location", "loc")).join();

      assertThat(rnis.serInstanceId()).isNotBlank();
      assertThat(rnis.links().self().href()).endsWith("/services/" + rnis.serInstanceId());
      assertThatThrownBy(() -> p.registerService(producer.appInstanceId(), service("sm-rnis", "rni")))
          .isInstanceOf(MecConflictException.class).hasMessageContaining("already registered");

      // discovery with every filter
      assertThat(c.getServices(ServiceQuery.bySerName("sm-rnis", "sm-location"))).extracting(ServiceInfo::serName)
          .containsExactlyInAnyOrder("sm-rnis", "sm-location");
      assertThat(c.getServices(ServiceQuery.bySerInstanceId(loc.serInstanceId()))).containsExactly(loc);
      assertThat(c.getServices(ServiceQuery.bySerCategoryId("rni"))).extracting(ServiceInfo::serName)
          .contains("sm-rnis").doesNotContain("sm-location");
      assertThat(c.getServices(ServiceQuery.builder().serNames("sm-rnis").isLocal(true)
          .scopeOfLocality(rnis.scopeOfLocality()).consumedLocalOnly(rnis.consumedLocalOnly()).build()))
          .containsExactly(rnis);
      assertThat(c.getServices(ServiceQuery.builder().serNames("sm-rnis").scopeOfLocality(LocalityType.ZONE_GROUP)
          .build())).isEmpty();
      assertThat(c.getServices()).contains(rnis, loc);
      assertThat(c.getService(rnis.serInstanceId())).isEqualTo(rnis);
      assertThat(c.getTransports()).contains(PLATFORM_TRANSPORT);
      assertThat(c.getTransportsAsync().join()).contains(PLATFORM_TRANSPORT);
      // a consumer may not list another application's services
      assertThatThrownBy(() -> c.getAppServices(producer.appInstanceId(), ServiceQuery.all()))
          .isInstanceOf(MecForbiddenException.class).hasMessageContaining("may not act for");
    }
    try (ServiceMgmtClient p = serviceMgmt(producer)) {
      List<ServiceInfo> mine = p.getAppServices(producer.appInstanceId(), ServiceQuery.bySerName("sm-rnis"));
      assertThat(mine).hasSize(1);
      String id = mine.get(0).serInstanceId();

      // conditional update with the ETag
      ETagged<ServiceInfo> current = p.getAppServiceWithETag(producer.appInstanceId(), id);
      assertThat(current.etag()).isEqualTo("\"1\"");
      ServiceInfo inactive = current.value().toBuilder().state(ServiceState.INACTIVE).links(null).build();
      ETagged<ServiceInfo> updated = p.updateServiceIfMatch(producer.appInstanceId(), id, inactive,
          current.requireETag());
      assertThat(updated.value().state()).isEqualTo(ServiceState.INACTIVE);
      assertThat(updated.etag()).isEqualTo("\"2\"");
      assertThatThrownBy(() -> p.updateServiceIfMatch(producer.appInstanceId(), id, inactive, current.requireETag()))
          .isInstanceOf(MecPreconditionFailedException.class).hasMessageContaining("GET it again");
      assertThat(p.updateService(producer.appInstanceId(), id, inactive.toBuilder().state(ServiceState.ACTIVE)
          .build()).state()).isEqualTo(ServiceState.ACTIVE);
      assertThat(p.getAppService(producer.appInstanceId(), id).state()).isEqualTo(ServiceState.ACTIVE);

      p.deregisterService(producer.appInstanceId(), id);
      assertThatThrownBy(() -> p.getService(id)).isInstanceOf(MecNotFoundException.class)
          .hasMessageContaining(id);
      assertThatThrownBy(() -> p.deregisterService(producer.appInstanceId(), id))
          .isInstanceOf(MecNotFoundException.class);
    }
  }

  @Test
  void subscribe_receivesServiceAvailabilityNotificationsThroughTheReceiver() {
    AppCredentials producer = mec.provisionApp("sa-producer");
    AppCredentials consumer = mec.provisionApp("sa-consumer");
    try (ServiceMgmtClient p = serviceMgmt(producer); ServiceMgmtClient c = serviceMgmt(consumer)) {
      SerAvailabilityNotificationSubscription sub = c.subscribe(consumer.appInstanceId(),
          new SerAvailabilityNotificationSubscription("SerAvailabilityNotificationSubscription",
              receiver.newCallbackUri().toString(), null, FilteringCriteria.builder().serNames(List.of("sa-video"))
                  .build()));
      String subId = sub.links().self().href().substring(sub.links().self().href().lastIndexOf('/') + 1);

      assertThat(c.getSubscriptions(consumer.appInstanceId()).links().subscriptions())
          .extracting(SubscriptionLink::href).containsExactly(sub.links().self().href());
      assertThat(c.getSubscription(consumer.appInstanceId(), subId)).isEqualTo(sub);

      ServiceInfo video = p.registerService(producer.appInstanceId(), service("sa-video", "video"));
      p.registerService(producer.appInstanceId(), service("sa-other", "other"));

      await().atMost(10, TimeUnit.SECONDS).until(() -> availability.stream()
          .flatMap(n -> n.serviceReferences().stream())
          .anyMatch(r -> r.serInstanceId().equals(video.serInstanceId()) && r.changeType() == ChangeType.ADDED));
      assertThat(availability.stream().flatMap(n -> n.serviceReferences().stream()))
          .noneMatch(r -> r.serName().equals("sa-other"));

      c.unsubscribe(consumer.appInstanceId(), subId);
      assertThatThrownBy(() -> c.getSubscription(consumer.appInstanceId(), subId))
          .isInstanceOf(MecNotFoundException.class);
    }
  }

  @Test
  void liveness_heartbeatsReachTheAllocatedResource() {
    AppCredentials producer = mec.provisionApp("lv-producer");
    try (ServiceMgmtClient p = serviceMgmt(producer)) {
      ServiceInfo beating = p.registerService(producer.appInstanceId(), service("lv-svc", "lv").toBuilder()
          .livenessInterval(30).build());
      assertThat(beating.links().liveness()).isNotNull();

      p.heartbeat(beating);
      p.heartbeatAsync(beating).join();
      ServiceLivenessInfo info = p.getLiveness(beating);

      assertThat(info.state()).isEqualTo(ServiceState.ACTIVE);
      assertThat(info.interval()).isEqualTo(30);
    }
  }

  @Test
  void confirmReady_completesThePlatformsWait() {
    AppCredentials app = mec.provisionApp("ready-app");
    CompletableFuture<Void> ready = mec.platform().awaitReady(app.appInstanceId());
    try (AppSupportClient s = appSupport(app)) {
      s.confirmReady(app.appInstanceId());
    }
    assertThat(ready).succeedsWithin(Duration.ofSeconds(5));
  }

  @Test
  void termination_notificationThroughTheReceiverThenConfirm() throws Exception {
    AppCredentials app = mec.provisionApp("term-app");
    try (AppSupportClient s = appSupport(app)) {
      AppTerminationNotificationSubscription sub = s.subscribe(app.appInstanceId(),
          new AppTerminationNotificationSubscription("AppTerminationNotificationSubscription",
              receiver.callbackUri("term-app").toString(), null, app.appInstanceId()));
      String href = sub.links().self().href();
      String subId = href.substring(href.lastIndexOf('/') + 1);
      assertThat(s.getSubscriptions(app.appInstanceId()).links().subscriptions()).extracting(SubscriptionLink::href)
          .containsExactly(href);
      assertThat(s.getSubscription(app.appInstanceId(), subId).callbackReference())
          .isEqualTo(receiver.callbackUri("term-app").toString());
      assertThatThrownBy(() -> s.confirmTermination(app.appInstanceId(), OperationActionType.TERMINATING))
          .isInstanceOf(MecConflictException.class).hasMessageContaining("No termination");

      CompletableFuture<MecPlatform.TerminationOutcome> outcome = mec.platform().requestTermination(
          app.appInstanceId(), OperationActionType.TERMINATING, Duration.ofSeconds(30));
      await().atMost(10, TimeUnit.SECONDS).until(() -> terminations.stream()
          .anyMatch(n -> n.links().confirmTermination().href().contains("/term-app/")));
      s.confirmTermination(app.appInstanceId(), OperationActionType.TERMINATING);

      assertThat(outcome.get(5, TimeUnit.SECONDS)).isEqualTo(MecPlatform.TerminationOutcome.CONFIRMED);
      s.unsubscribe(app.appInstanceId(), subId);
      assertThat(s.getSubscriptions(app.appInstanceId()).links().subscriptions()).isEmpty();
    }
  }

  @Test
  void trafficAndDnsRules_readAndChangeWithETags() {
    TrafficRule traffic = ModelExamples.read("mp1/TrafficRule", TrafficRule.class);
    DnsRule dns = ModelExamples.read("mp1/DnsRule", DnsRule.class);
    AppCredentials app = mec.provisionApp(AppProvisioning.builder("rules-app", "rules-app").addTrafficRule(traffic)
        .addDnsRule(dns).build());
    try (AppSupportClient s = appSupport(app)) {
      assertThat(s.getTrafficRules(app.appInstanceId())).containsExactly(traffic);
      assertThat(s.getTrafficRule(app.appInstanceId(), traffic.trafficRuleId())).isEqualTo(traffic);
      ETagged<TrafficRule> t = s.getTrafficRuleWithETag(app.appInstanceId(), traffic.trafficRuleId());
      TrafficRule off = traffic.toBuilder().state(RuleState.INACTIVE).build();
      ETagged<TrafficRule> t2 = s.updateTrafficRuleIfMatch(app.appInstanceId(), traffic.trafficRuleId(), off,
          t.requireETag());
      assertThat(t2.value().state()).isEqualTo(RuleState.INACTIVE);
      assertThat(mec.dataPlane().activeRule(app.appInstanceId(), traffic.trafficRuleId())).isEmpty();
      assertThatThrownBy(() -> s.updateTrafficRuleIfMatch(app.appInstanceId(), traffic.trafficRuleId(), traffic,
          t.requireETag())).isInstanceOf(MecPreconditionFailedException.class);
      s.updateTrafficRule(app.appInstanceId(), traffic.trafficRuleId(), traffic);
      assertThat(mec.dataPlane().activeRule(app.appInstanceId(), traffic.trafficRuleId())).hasValue(traffic);

      assertThat(s.getDnsRules(app.appInstanceId())).containsExactly(dns);
      assertThat(s.getDnsRule(app.appInstanceId(), dns.dnsRuleId())).isEqualTo(dns);
      ETagged<DnsRule> d = s.getDnsRuleWithETag(app.appInstanceId(), dns.dnsRuleId());
      DnsRule dnsOff = dns.toBuilder().state(RuleState.INACTIVE).build();
      assertThat(s.updateDnsRuleIfMatch(app.appInstanceId(), dns.dnsRuleId(), dnsOff, d.requireETag()).value())
          .isEqualTo(dnsOff);
      assertThat(mec.dns().activeRule(app.appInstanceId(), dns.dnsRuleId())).isEmpty();
      assertThat(s.updateDnsRule(app.appInstanceId(), dns.dnsRuleId(), dns)).isEqualTo(dns);
      assertThat(mec.dns().activeRule(app.appInstanceId(), dns.dnsRuleId())).hasValue(dns);
      assertThatThrownBy(() -> s.getDnsRule(app.appInstanceId(), "no-such-rule"))
          .isInstanceOf(MecNotFoundException.class).hasMessageContaining("no-such-rule");
    }
  }

  @Test
  void timing_capsAndCurrentTime() {
    AppCredentials app = mec.provisionApp("timing-app");
    try (AppSupportClient s = appSupport(app)) {
      assertThat(s.getTimingCaps()).isNotNull();
      assertThat(s.getCurrentTime().seconds()).isPositive();
      assertThat(s.getCurrentTimeAsync().join().timeSourceStatus()).isNotNull();
    }
  }

  @Test
  void registrations_registerReadUpdateDelete() {
    AppCredentials app = mec.provisionApp("reg-app");
    AppInfo info = ModelExamples.read("mp1/AppInfo", AppInfo.class).toBuilder().appInstanceId("reg-app").build();
    try (AppSupportClient s = appSupport(app)) {
      assertThat(s.register(info).appInstanceId()).isEqualTo("reg-app");
      assertThatThrownBy(() -> s.register(info)).isInstanceOf(MecConflictException.class);
      assertThat(s.getRegistration("reg-app")).isEqualTo(info);
      AppInfo renamed = info.toBuilder().appName("renamed").build();
      s.updateRegistration("reg-app", renamed);
      assertThat(s.getRegistration("reg-app").appName()).isEqualTo("renamed");
      s.deregister("reg-app");
      assertThatThrownBy(() -> s.getRegistration("reg-app")).isInstanceOf(MecNotFoundException.class);
    }
  }

  @Test
  void badToken_isMecUnauthorizedException_andOtherAppsResourcesAreForbidden() {
    AppCredentials a = mec.provisionApp("auth-a");
    mec.provisionApp("auth-b");
    try (ServiceMgmtClient forged = ServiceMgmtClient.builder().baseUri(a.serviceMgmtUri()).bearerToken("forged")
        .build(); AppSupportClient s = appSupport(a)) {
      assertThatThrownBy(forged::getServices).isInstanceOf(MecUnauthorizedException.class);
      assertThatThrownBy(() -> s.getTrafficRules("auth-b")).isInstanceOf(MecForbiddenException.class)
          .hasMessageContaining("auth-a");
    }
  }
}
