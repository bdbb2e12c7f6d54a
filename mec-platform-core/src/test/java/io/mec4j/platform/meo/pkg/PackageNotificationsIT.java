package io.mec4j.platform.meo.pkg;

import static io.mec4j.platform.meo.pkg.PkgServer.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.mec4j.platform.meo.pkg.NotificationReceiver.Received;
import io.mec4j.platform.meo.pkg.PkgServer.Res;
import io.mec4j.platform.notify.DeliveryPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Package subscriptions and their notifications, delivered to a loopback subscriber at least once, in order. */
class PackageNotificationsIT {

  private PkgServer s;
  private NotificationReceiver receiver;

  @BeforeEach
  void start() {
    s = new PkgServer(b -> b.deliveryPolicy(
        new DeliveryPolicy(Duration.ofMillis(20), Duration.ofMillis(200), 1000, Duration.ofHours(1))));
    receiver = new NotificationReceiver();
  }

  @AfterEach
  void stop() {
    receiver.close();
    s.close();
  }

  private String subscribe(String path, String type, String filter) {
    Res r = s.post(B + "/subscriptions", "{\"callbackUri\":\"" + receiver.uri(path) + "\",\"subscriptionType\":\""
        + type + "\"" + (filter == null ? "" : ",\"appPkgFilter\":" + filter) + "}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  private List<JsonNode> at(String path) {
    return receiver.received().stream().filter(r -> r.path().equals(path)).map(Received::body).toList();
  }

  @Test
  void lifecycleOfAPackage_notifiesOnboardedDisabledEnabledDeleted() {
    String onboarding = subscribe("/user_defined_notification", "AppPackageOnBoardingSubscription", null);
    String change = subscribe("/change", "AppPackageChangeSubscription", null);
    String deletion = subscribe("/deletion", "AppPackageDeletionSubscription", null);

    JsonNode info = s.onboard(Packages.valid("appd-notify"));
    String id = info.get("id").asText();
    String self = s.path(info.at("/_links/self/href").asText());
    assertThat(s.patch(self, "{\"operationalState\":\"DISABLED\"}").status()).isEqualTo(200);
    assertThat(s.patch(self, "{\"operationalState\":\"ENABLED\"}").status()).isEqualTo(200);
    assertThat(s.patch(self, "{\"operationalState\":\"DISABLED\"}").status()).isEqualTo(200);
    assertThat(s.delete(self).status()).isEqualTo(204);

    await().atMost(Duration.ofSeconds(10)).until(() -> at("/user_defined_notification").size() == 1
        && at("/change").size() == 3 && at("/deletion").size() == 1);
    JsonNode onboarded = at("/user_defined_notification").get(0);
    assertThat(onboarded.get("notificationType").asText()).isEqualTo("AppPackageOnBoarded");
    assertThat(onboarded.get("subscriptionId").asText()).isEqualTo(onboarding);
    assertThat(onboarded.get("appPkgId").asText()).isEqualTo(id);
    assertThat(onboarded.get("appDId").asText()).isEqualTo("appd-notify");
    assertThat(onboarded.get("operationalState").asText()).isEqualTo("ENABLED");
    assertThat(onboarded.at("/timeStamp/seconds").asLong()).isPositive();
    assertThat(onboarded.at("/_links/subscription/href").asText())
        .isEqualTo(s.server.baseUri() + B + "/subscriptions/" + onboarding);

    assertThat(at("/change")).extracting(n -> n.get("notificationType").asText())
        .containsExactly("AppPackageDisabled", "AppPackageEnabled", "AppPackageDisabled");
    assertThat(at("/change")).extracting(n -> n.get("operationalState").asText())
        .containsExactly("DISABLED", "ENABLED", "DISABLED");
    assertThat(at("/change")).allSatisfy(n -> assertThat(n.get("subscriptionId").asText()).isEqualTo(change));

    JsonNode deleted = at("/deletion").get(0);
    assertThat(deleted.get("notificationType").asText()).isEqualTo("AppPackageDeleted");
    assertThat(deleted.get("subscriptionId").asText()).isEqualTo(deletion);
    assertThat(deleted.get("appPkgId").asText()).isEqualTo(id);
  }

  @Test
  void filters_selectPackages_andOneEventHasOneNotificationIdAcrossSubscriptions() {
    subscribe("/mine", "AppPackageOnBoardingSubscription", "[{\"appDId\":\"appd-mine\"},{\"appName\":\"nothing\"}]");
    subscribe("/all", "AppPackageOnBoardingSubscription", null);
    subscribe("/provider", "AppPackageOnBoardingSubscription", "[{\"appProvider\":\"Someone Else\"}]");
    subscribe("/enabled", "AppPackageChangeSubscription", "[{\"operationalState\":\"ENABLED\"}]");

    JsonNode other = s.onboard(Packages.valid("appd-other"));
    JsonNode mine = s.onboard(Packages.valid("appd-mine"));
    s.patch(s.path(mine.at("/_links/self/href").asText()), "{\"operationalState\":\"DISABLED\"}");
    s.patch(s.path(other.at("/_links/self/href").asText()), "{\"operationalState\":\"DISABLED\"}");
    s.patch(s.path(other.at("/_links/self/href").asText()), "{\"operationalState\":\"ENABLED\"}");

    await().atMost(Duration.ofSeconds(10)).until(() -> at("/all").size() == 2 && at("/mine").size() == 1
        && at("/enabled").size() == 1);
    assertThat(at("/mine").get(0).get("appDId").asText()).isEqualTo("appd-mine");
    assertThat(at("/mine").get(0).get("id")).isEqualTo(at("/all").get(1).get("id"));
    assertThat(at("/all").get(0).get("id")).isNotEqualTo(at("/all").get(1).get("id"));
    assertThat(at("/enabled").get(0).get("notificationType").asText()).isEqualTo("AppPackageEnabled");
    assertThat(at("/enabled").get(0).get("appDId").asText()).isEqualTo("appd-other");
    assertThat(at("/provider")).isEmpty();
  }

  @Test
  void rejectedPackage_notifiesNobody_deletedSubscription_getsNothingMore() {
    String gone = subscribe("/gone", "AppPackageOnBoardingSubscription", null);
    subscribe("/kept", "AppPackageOnBoardingSubscription", null);
    JsonNode rejected = s.onboard(Packages.alter(Packages.valid("appd-bad"), f -> f.remove("Docs/README.txt")));
    assertThat(rejected.get("onboardingState").asText()).isEqualTo("ERROR");
    assertThat(s.delete(B + "/subscriptions/" + gone).status()).isEqualTo(204);

    s.onboard(Packages.valid("appd-good"));
    await().atMost(Duration.ofSeconds(10)).until(() -> at("/kept").size() == 1);
    assertThat(at("/kept").get(0).get("appDId").asText()).isEqualTo("appd-good");
    assertThat(at("/gone")).isEmpty();
  }

  @Test
  void atLeastOnce_subscriberDownForAWhile_getsEveryNotificationInOrder() {
    subscribe("/flaky", "AppPackageChangeSubscription", null);
    JsonNode info = s.onboard(Packages.valid("appd-flaky"));
    String self = s.path(info.at("/_links/self/href").asText());
    receiver.failNext(5);
    for (int i = 0; i < 3; i++) {
      s.patch(self, "{\"operationalState\":\"DISABLED\"}");
      s.patch(self, "{\"operationalState\":\"ENABLED\"}");
    }
    await().atMost(Duration.ofSeconds(15)).until(() -> at("/flaky").size() == 6);
    assertThat(at("/flaky")).extracting(n -> n.get("operationalState").asText())
        .containsExactly("DISABLED", "ENABLED", "DISABLED", "ENABLED", "DISABLED", "ENABLED");
    assertThat(s.manager.notificationStats().failedAttempts()).isGreaterThanOrEqualTo(5);
  }
}
