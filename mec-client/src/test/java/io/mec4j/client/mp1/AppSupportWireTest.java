package io.mec4j.client.mp1;

import static io.mec4j.client.Fixtures.example;
import static io.mec4j.client.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mec4j.client.ETagged;
import io.mec4j.client.WireServer;
import io.mec4j.model.error.MecConflictException;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every path and method of MEC011_AppSupport.yaml, on the wire. */
class AppSupportWireTest {

  private static final String AS = "/mec_app_support/v1";

  private final WireServer wire = new WireServer();
  private final AppSupportClient support = AppSupportClient.builder().baseUri(wire.uri(AS)).bearerToken("t").build();

  @AfterEach
  void close() {
    support.close();
    wire.close();
  }

  @Test
  void terminationSubscriptions_listCreateGetDelete() {
    AppTerminationNotificationSubscription sub = example("mp1/AppTerminationNotificationSubscription",
        AppTerminationNotificationSubscription.class);
    AppTerminationNotificationSubscription request = new AppTerminationNotificationSubscription(
        sub.subscriptionType(), sub.callbackReference(), null, sub.appInstanceId());
    for (int i = 0; i < 2; i++) {
      wire.json(200, text("mp1/SubscriptionLinkList")).json(201, text("mp1/AppTerminationNotificationSubscription"))
          .json(200, text("mp1/AppTerminationNotificationSubscription")).empty(204);
    }

    assertThat(support.getSubscriptions("app-1")).isEqualTo(example("mp1/SubscriptionLinkList",
        SubscriptionLinkList.class));
    assertThat(support.subscribe("app-1", request)).isEqualTo(sub);
    assertThat(support.getSubscription("app-1", "s-1")).isEqualTo(sub);
    support.unsubscribe("app-1", "s-1");
    support.getSubscriptionsAsync("app-1").join();
    support.subscribeAsync("app-1", request).join();
    support.getSubscriptionAsync("app-1", "s-1").join();
    support.unsubscribeAsync("app-1", "s-1").join();

    for (int i = 0; i < 2; i++) {
      wire.take().is("GET", AS + "/applications/app-1/subscriptions");
      wire.take().is("POST", AS + "/applications/app-1/subscriptions").jsonBody(request);
      wire.take().is("GET", AS + "/applications/app-1/subscriptions/s-1");
      wire.take().is("DELETE", AS + "/applications/app-1/subscriptions/s-1");
    }
  }

  @Test
  void timing_capsAndCurrentTime() {
    wire.json(200, text("mp1/TimingCaps")).json(200, text("mp1/CurrentTime")).json(200, text("mp1/TimingCaps"))
        .json(200, text("mp1/CurrentTime"));

    assertThat(support.getTimingCaps()).isEqualTo(example("mp1/TimingCaps", TimingCaps.class));
    assertThat(support.getCurrentTime()).isEqualTo(example("mp1/CurrentTime", CurrentTime.class));
    support.getTimingCapsAsync().join();
    support.getCurrentTimeAsync().join();

    wire.take().is("GET", AS + "/timing/timing_caps");
    wire.take().is("GET", AS + "/timing/current_time");
    wire.take().is("GET", AS + "/timing/timing_caps");
    wire.take().is("GET", AS + "/timing/current_time");
  }

  @Test
  void trafficRules_listGetPut() {
    TrafficRule rule = example("mp1/TrafficRule", TrafficRule.class);
    String r = text("mp1/TrafficRule");
    wire.json(200, "[" + r + "]").json(200, r, "ETag", "\"2\"").json(200, r, "ETag", "\"2\"")
        .json(200, r, "ETag", "\"3\"").json(200, r, "ETag", "\"4\"")
        .json(200, "[]").json(200, r).json(200, r, "ETag", "\"4\"").json(200, r).json(200, r, "ETag", "\"5\"");

    assertThat(support.getTrafficRules("app-1")).containsExactly(rule);
    assertThat(support.getTrafficRule("app-1", "tr-1")).isEqualTo(rule);
    assertThat(support.getTrafficRuleWithETag("app-1", "tr-1")).isEqualTo(new ETagged<>(rule, "\"2\""));
    assertThat(support.updateTrafficRule("app-1", "tr-1", rule)).isEqualTo(rule);
    assertThat(support.updateTrafficRuleIfMatch("app-1", "tr-1", rule, "\"3\"").etag()).isEqualTo("\"4\"");
    support.getTrafficRulesAsync("app-1").join();
    support.getTrafficRuleAsync("app-1", "tr-1").join();
    support.getTrafficRuleWithETagAsync("app-1", "tr-1").join();
    support.updateTrafficRuleAsync("app-1", "tr-1", rule).join();
    support.updateTrafficRuleIfMatchAsync("app-1", "tr-1", rule, "\"4\"").join();

    for (int i = 0; i < 2; i++) {
      wire.take().is("GET", AS + "/applications/app-1/traffic_rules");
      wire.take().is("GET", AS + "/applications/app-1/traffic_rules/tr-1");
      wire.take().is("GET", AS + "/applications/app-1/traffic_rules/tr-1");
      wire.take().is("PUT", AS + "/applications/app-1/traffic_rules/tr-1").noHeader("If-Match").jsonBody(rule);
      wire.take().is("PUT", AS + "/applications/app-1/traffic_rules/tr-1").header("If-Match", i == 0 ? "\"3\""
          : "\"4\"").jsonBody(rule);
    }
  }

  @Test
  void dnsRules_listGetPut() {
    DnsRule rule = example("mp1/DnsRule", DnsRule.class);
    String r = text("mp1/DnsRule");
    wire.json(200, "[" + r + "]").json(200, r).json(200, r, "ETag", "\"7\"").json(200, r)
        .json(200, r, "ETag", "\"8\"").json(200, "[]").json(200, r).json(200, r, "ETag", "\"8\"").json(200, r)
        .json(200, r, "ETag", "\"9\"");

    assertThat(support.getDnsRules("app-1")).containsExactly(rule);
    assertThat(support.getDnsRule("app-1", "dr-1")).isEqualTo(rule);
    assertThat(support.getDnsRuleWithETag("app-1", "dr-1").etag()).isEqualTo("\"7\"");
    support.updateDnsRule("app-1", "dr-1", rule);
    assertThat(support.updateDnsRuleIfMatch("app-1", "dr-1", rule, "\"7\"").etag()).isEqualTo("\"8\"");
    support.getDnsRulesAsync("app-1").join();
    support.getDnsRuleAsync("app-1", "dr-1").join();
    support.getDnsRuleWithETagAsync("app-1", "dr-1").join();
    support.updateDnsRuleAsync("app-1", "dr-1", rule).join();
    support.updateDnsRuleIfMatchAsync("app-1", "dr-1", rule, "\"8\"").join();

    for (int i = 0; i < 2; i++) {
      wire.take().is("GET", AS + "/applications/app-1/dns_rules");
      wire.take().is("GET", AS + "/applications/app-1/dns_rules/dr-1");
      wire.take().is("GET", AS + "/applications/app-1/dns_rules/dr-1");
      wire.take().is("PUT", AS + "/applications/app-1/dns_rules/dr-1").noHeader("If-Match").jsonBody(rule);
      wire.take().is("PUT", AS + "/applications/app-1/dns_rules/dr-1").header("If-Match", i == 0 ? "\"7\"" : "\"8\"")
          .jsonBody(rule);
    }
  }

  @Test
  void confirmReady_andConfirmTermination() {
    wire.empty(204).empty(204).empty(204).empty(204).empty(204).problem(409, "Conflict", "No termination in progress");

    support.confirmReady("app-1");
    support.confirmReady("app-1", new AppReadyConfirmation("READY"));
    support.confirmReadyAsync("app-1").join();
    support.confirmTermination("app-1", OperationActionType.TERMINATING);
    support.confirmTerminationAsync("app-1", new AppTerminationConfirmation(OperationActionType.STOPPING)).join();
    assertThatThrownBy(() -> support.confirmTermination("app-1", OperationActionType.TERMINATING))
        .isInstanceOf(MecConflictException.class).hasMessageContaining("No termination in progress");

    for (int i = 0; i < 3; i++) {
      wire.take().is("POST", AS + "/applications/app-1/confirm_ready").jsonBody("{\"indication\":\"READY\"}");
    }
    wire.take().is("POST", AS + "/applications/app-1/confirm_termination")
        .jsonBody("{\"operationAction\":\"TERMINATING\"}");
    wire.take().is("POST", AS + "/applications/app-1/confirm_termination")
        .jsonBody("{\"operationAction\":\"STOPPING\"}");
  }

  @Test
  void registrations_createGetPutDelete() {
    AppInfo info = example("mp1/AppInfo", AppInfo.class);
    for (int i = 0; i < 2; i++) {
      wire.json(201, text("mp1/AppInfo")).json(200, text("mp1/AppInfo")).empty(204).empty(204);
    }

    assertThat(support.register(info)).isEqualTo(info);
    assertThat(support.getRegistration("app-1")).isEqualTo(info);
    support.updateRegistration("app-1", info);
    support.deregister("app-1");
    support.registerAsync(info).join();
    support.getRegistrationAsync("app-1").join();
    support.updateRegistrationAsync("app-1", info).join();
    support.deregisterAsync("app-1").join();

    for (int i = 0; i < 2; i++) {
      wire.take().is("POST", AS + "/registrations").jsonBody(info);
      wire.take().is("GET", AS + "/registrations/app-1");
      wire.take().is("PUT", AS + "/registrations/app-1").jsonBody(info);
      wire.take().is("DELETE", AS + "/registrations/app-1").noBody();
    }
  }
}
