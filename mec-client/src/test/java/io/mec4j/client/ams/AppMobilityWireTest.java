package io.mec4j.client.ams;

import static io.mec4j.client.Fixtures.example;
import static io.mec4j.client.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mec4j.client.AttributeQuery;
import io.mec4j.client.MecClientException;
import io.mec4j.client.WireServer;
import io.mec4j.model.ams.AdjacentAppInfoSubscription;
import io.mec4j.model.ams.AdjacentAppInstanceInfo;
import io.mec4j.model.ams.AmsSubscriptionLinkList;
import io.mec4j.model.ams.ExpiryNotification;
import io.mec4j.model.ams.MobilityProcedureNotification;
import io.mec4j.model.ams.MobilityProcedureSubscription;
import io.mec4j.model.ams.RegistrationInfo;
import io.mec4j.model.ams.TestNotification;
import io.mec4j.model.error.MecPreconditionFailedException;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every path and method of MEC021_AppMobilityService.yaml, on the wire. */
class AppMobilityWireTest {

  private static final String BASE = "/amsi/v1";

  private final WireServer wire = new WireServer();
  private final AppMobilityClient ams = AppMobilityClient.builder().baseUri(wire.uri(BASE)).bearerToken("t").build();
  private final RegistrationInfo reg = example("ams/RegistrationInfo", RegistrationInfo.class);

  @AfterEach
  void close() {
    ams.close();
    wire.close();
  }

  @Test
  void registrations_listCreateGetPutDelete() {
    String r = text("ams/RegistrationInfo");
    for (int i = 0; i < 2; i++) {
      wire.json(200, "[" + r + "]").json(201, r).json(200, r, "ETag", "\"1\"").json(200, r).empty(204);
    }
    wire.json(200, r, "ETag", "\"2\"").problem(412, "Precondition Failed", "changed since you read it");

    assertThat(ams.getAppMobilityServices(AttributeQuery.filter("(eq,expiryTime,0)"))).containsExactly(reg);
    assertThat(ams.registerAppMobilityService(reg)).isEqualTo(reg);
    assertThat(ams.getAppMobilityServiceWithETag("ams-1").etag()).isEqualTo("\"1\"");
    assertThat(ams.updateAppMobilityService("ams-1", reg)).isEqualTo(reg);
    ams.deregisterAppMobilityService("ams-1");
    ams.getAppMobilityServicesAsync(AttributeQuery.all()).join();
    ams.registerAppMobilityServiceAsync(reg).join();
    ams.getAppMobilityServiceAsync("ams-1").join();
    ams.updateAppMobilityServiceAsync("ams-1", reg).join();
    ams.deregisterAppMobilityServiceAsync("ams-1").join();
    assertThat(ams.updateAppMobilityServiceIfMatch("ams-1", reg, "\"1\"").etag()).isEqualTo("\"2\"");
    assertThatThrownBy(() -> ams.updateAppMobilityServiceIfMatch("ams-1", reg, "\"1\""))
        .isInstanceOf(MecPreconditionFailedException.class);

    wire.take().is("GET", BASE + "/app_mobility_services?filter=%28eq%2CexpiryTime%2C0%29");
    wire.take().is("POST", BASE + "/app_mobility_services").jsonBody(reg);
    wire.take().is("GET", BASE + "/app_mobility_services/ams-1");
    wire.take().is("PUT", BASE + "/app_mobility_services/ams-1").noHeader("If-Match").jsonBody(reg);
    wire.take().is("DELETE", BASE + "/app_mobility_services/ams-1");
    wire.take().is("GET", BASE + "/app_mobility_services");
    wire.take().is("POST", BASE + "/app_mobility_services").jsonBody(reg);
    wire.take().is("GET", BASE + "/app_mobility_services/ams-1");
    wire.take().is("PUT", BASE + "/app_mobility_services/ams-1").jsonBody(reg);
    wire.take().is("DELETE", BASE + "/app_mobility_services/ams-1");
    wire.take().is("PUT", BASE + "/app_mobility_services/ams-1").header("If-Match", "\"1\"");
    wire.take().is("PUT", BASE + "/app_mobility_services/ams-1").header("If-Match", "\"1\"");
  }

  @Test
  void deregisterTask() {
    wire.empty(204).empty(204);

    ams.deregisterTask("ams-1");
    ams.deregisterTaskAsync("ams-1").join();

    wire.take().is("POST", BASE + "/app_mobility_services/ams-1/deregister_task").noBody();
    wire.take().is("POST", BASE + "/app_mobility_services/ams-1/deregister_task");
  }

  @Test
  void subscriptions_bothKinds_listCreateGetPutDelete() {
    MobilityProcedureSubscription mp = example("ams/MobilityProcedureSubscription", MobilityProcedureSubscription.class);
    AdjacentAppInfoSubscription adj = example("ams/AdjacentAppInfoSubscription", AdjacentAppInfoSubscription.class);
    String mpJson = text("ams/MobilityProcedureSubscription");
    String adjJson = text("ams/AdjacentAppInfoSubscription");
    wire.json(200, text("ams/AmsSubscriptionLinkList")).json(200, text("ams/AmsSubscriptionLinkList"))
        .json(200, text("ams/AmsSubscriptionLinkList"))
        .json(201, mpJson).json(201, adjJson).json(201, mpJson).json(201, adjJson)
        .json(200, mpJson).json(200, adjJson)
        .json(200, mpJson).json(200, adjJson).json(200, mpJson)
        .empty(204).empty(204).json(200, "{\"subscriptionType\":\"Other\"}");

    assertThat(ams.getSubscriptions(null)).isEqualTo(example("ams/AmsSubscriptionLinkList",
        AmsSubscriptionLinkList.class));
    ams.getSubscriptions(AmsSubscriptionKind.MOBILITY_PROCEDURE);
    ams.getSubscriptionsAsync(AmsSubscriptionKind.ADJACENT_APP_INFO).join();
    assertThat(ams.subscribe(mp)).isEqualTo(mp);
    assertThat(ams.subscribe(adj)).isEqualTo(adj);
    ams.subscribeAsync(mp).join();
    ams.subscribeAsync(adj).join();
    assertThat(ams.getSubscription("s-1").mobilityProcedure()).hasValue(mp);
    assertThat(ams.getSubscriptionAsync("s-2").join().adjacentAppInfo()).hasValue(adj);
    assertThat(ams.updateSubscription("s-1", mp)).isEqualTo(mp);
    assertThat(ams.updateSubscription("s-2", adj)).isEqualTo(adj);
    ams.updateSubscriptionAsync("s-1", mp).join();
    ams.unsubscribe("s-1");
    ams.unsubscribeAsync("s-2").join();
    assertThatThrownBy(() -> ams.getSubscription("s-3")).isInstanceOf(MecClientException.class)
        .hasMessageContaining("unknown type");

    wire.take().is("GET", BASE + "/subscriptions");
    wire.take().is("GET", BASE + "/subscriptions?subscriptiontype=mobility_proc");
    wire.take().is("GET", BASE + "/subscriptions?subscriptiontype=adj_app_info");
    wire.take().is("POST", BASE + "/subscriptions").jsonBody(mp);
    wire.take().is("POST", BASE + "/subscriptions").jsonBody(adj);
    wire.take().is("POST", BASE + "/subscriptions").jsonBody(mp);
    wire.take().is("POST", BASE + "/subscriptions").jsonBody(adj);
    wire.take().is("GET", BASE + "/subscriptions/s-1");
    wire.take().is("GET", BASE + "/subscriptions/s-2");
    wire.take().is("PUT", BASE + "/subscriptions/s-1").jsonBody(mp);
    wire.take().is("PUT", BASE + "/subscriptions/s-2").jsonBody(adj);
    wire.take().is("PUT", BASE + "/subscriptions/s-1").jsonBody(mp);
    wire.take().is("DELETE", BASE + "/subscriptions/s-1");
    wire.take().is("DELETE", BASE + "/subscriptions/s-2");
  }

  @Test
  void adjacentAppInstances_query() {
    wire.json(200, "[" + text("ams/AdjacentAppInstanceInfo") + "]").json(200, "[]");

    assertThat(ams.getAdjacentAppInstances(AttributeQuery.filter("(eq,appDId,d-1)"))).containsExactly(example(
        "ams/AdjacentAppInstanceInfo", AdjacentAppInstanceInfo.class));
    ams.getAdjacentAppInstancesAsync(AttributeQuery.builder().excludeDefault().build()).join();

    wire.take().is("GET", BASE + "/queries/adjacent_app_instances?filter=%28eq%2CappDId%2Cd-1%29");
    wire.take().is("GET", BASE + "/queries/adjacent_app_instances?exclude_default");
  }

  @Test
  void deliverNotification_mobilityExpiryAndTest() {
    URI cb = wire.uri("/app/notify");
    MobilityProcedureNotification mp = example("ams/MobilityProcedureNotification",
        MobilityProcedureNotification.class);
    ExpiryNotification exp = example("ams/ExpiryNotification", ExpiryNotification.class);
    TestNotification test = example("ams/TestNotification", TestNotification.class);
    wire.empty(204).empty(204).empty(204).empty(204);

    ams.deliverNotification(cb, mp);
    ams.deliverNotification(cb, exp);
    ams.deliverNotification(cb, test);
    ams.deliverNotificationAsync(cb, mp).join();

    wire.take().is("POST", "/app/notify").jsonBody(mp);
    wire.take().is("POST", "/app/notify").jsonBody(exp);
    wire.take().is("POST", "/app/notify").jsonBody(test);
    wire.take().is("POST", "/app/notify").jsonBody(mp);
  }
}
