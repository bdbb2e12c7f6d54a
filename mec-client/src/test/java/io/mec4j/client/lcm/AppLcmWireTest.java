package io.mec4j.client.lcm;

import static io.mec4j.client.Fixtures.example;
import static io.mec4j.client.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mec4j.client.AttributeQuery;
import io.mec4j.client.MecClientException;
import io.mec4j.client.WireServer;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every path and method of MEC010-2_AppLcm.yaml, on the wire. */
class AppLcmWireTest {

  private static final String BASE = "/app_lcm/v1";

  private final WireServer wire = new WireServer();
  private final AppLcmClient lcm = AppLcmClient.builder().baseUri(wire.uri(BASE)).bearerToken("t").build();

  @AfterEach
  void close() {
    lcm.close();
    wire.close();
  }

  @Test
  void appInstances_createListGetDelete() {
    CreateAppInstanceRequest create = example("lcm/CreateAppInstanceRequest", CreateAppInstanceRequest.class);
    AppInstanceInfo info = example("lcm/AppInstanceInfo", AppInstanceInfo.class);
    for (int i = 0; i < 2; i++) {
      wire.json(201, text("lcm/AppInstanceInfo")).json(200, "[" + text("lcm/AppInstanceInfo") + "]")
          .json(200, text("lcm/AppInstanceInfo")).empty(204);
    }

    assertThat(lcm.createAppInstance(create)).isEqualTo(info);
    assertThat(lcm.getAppInstances(AttributeQuery.filter("(eq,appName,video)"))).containsExactly(info);
    assertThat(lcm.getAppInstance("i-1")).isEqualTo(info);
    lcm.deleteAppInstance("i-1");
    lcm.createAppInstanceAsync(create).join();
    lcm.getAppInstancesAsync(AttributeQuery.all()).join();
    lcm.getAppInstanceAsync("i-1").join();
    lcm.deleteAppInstanceAsync("i-1").join();

    wire.take().is("POST", BASE + "/app_instances").jsonBody(create);
    wire.take().is("GET", BASE + "/app_instances?filter=%28eq%2CappName%2Cvideo%29");
    wire.take().is("GET", BASE + "/app_instances/i-1");
    wire.take().is("DELETE", BASE + "/app_instances/i-1");
    wire.take().is("POST", BASE + "/app_instances").jsonBody(create);
    wire.take().is("GET", BASE + "/app_instances");
    wire.take().is("GET", BASE + "/app_instances/i-1");
    wire.take().is("DELETE", BASE + "/app_instances/i-1");
  }

  @Test
  void tasks_instantiateTerminateOperateConfigure_answer202WithTheOperationLocation() {
    InstantiateAppRequest inst = example("lcm/InstantiateAppRequest", InstantiateAppRequest.class);
    TerminateAppRequest term = example("lcm/TerminateAppRequest", TerminateAppRequest.class);
    OperateAppRequest op = example("lcm/OperateAppRequest", OperateAppRequest.class);
    ConfigPlatformForAppRequest cfg = example("lcm/ConfigPlatformForAppRequest", ConfigPlatformForAppRequest.class);
    for (int i = 0; i < 8; i++) {
      wire.empty(202, "Location", BASE + "/app_lcm_op_occs/occ-" + i);
    }

    AcceptedOperation a = lcm.instantiate("i-1", inst);
    assertThat(a.location()).isEqualTo(wire.uri(BASE + "/app_lcm_op_occs/occ-0"));
    assertThat(a.appLcmOpOccId()).hasValue("occ-0");
    assertThat(lcm.terminate("i-1", term).appLcmOpOccId()).hasValue("occ-1");
    assertThat(lcm.operate("i-1", op).appLcmOpOccId()).hasValue("occ-2");
    assertThat(lcm.configurePlatformForApp("i-1", cfg).appLcmOpOccId()).hasValue("occ-3");
    lcm.instantiateAsync("i-1", inst).join();
    lcm.terminateAsync("i-1", term).join();
    lcm.operateAsync("i-1", op).join();
    lcm.configurePlatformForAppAsync("i-1", cfg).join();

    for (int i = 0; i < 2; i++) {
      wire.take().is("POST", BASE + "/app_instances/i-1/instantiate").jsonBody(inst);
      wire.take().is("POST", BASE + "/app_instances/i-1/terminate").jsonBody(term);
      wire.take().is("POST", BASE + "/app_instances/i-1/operate").jsonBody(op);
      wire.take().is("POST", BASE + "/app_instances/i-1/configure_platform_for_app").jsonBody(cfg);
    }
  }

  @Test
  void acceptedWithoutLocation_hasNoOperationId() {
    wire.empty(202);

    assertThat(lcm.retry("occ-1").appLcmOpOccId()).isEmpty();
  }

  @Test
  void operationOccurrences_listGetCancelFailRetry() {
    AppLcmOpOcc occ = example("lcm/AppLcmOpOcc", AppLcmOpOcc.class);
    CancelMode cancel = example("lcm/CancelMode", CancelMode.class);
    for (int i = 0; i < 2; i++) {
      wire.json(200, "[" + text("lcm/AppLcmOpOcc") + "]").json(200, text("lcm/AppLcmOpOcc"))
          .empty(202, "Location", BASE + "/app_lcm_op_occs/occ-1").json(200, text("lcm/AppLcmOpOcc"))
          .empty(202, "Location", BASE + "/app_lcm_op_occs/occ-1");
    }

    assertThat(lcm.getAppLcmOpOccs(AttributeQuery.builder().fields("operationParams").build())).containsExactly(occ);
    assertThat(lcm.getAppLcmOpOcc("occ-1")).isEqualTo(occ);
    assertThat(lcm.cancel("occ-1", cancel).appLcmOpOccId()).hasValue("occ-1");
    assertThat(lcm.fail("occ-1")).isEqualTo(occ);
    assertThat(lcm.retry("occ-1").appLcmOpOccId()).hasValue("occ-1");
    lcm.getAppLcmOpOccsAsync(AttributeQuery.all()).join();
    lcm.getAppLcmOpOccAsync("occ-1").join();
    lcm.cancelAsync("occ-1", cancel).join();
    lcm.failAsync("occ-1").join();
    lcm.retryAsync("occ-1").join();

    wire.take().is("GET", BASE + "/app_lcm_op_occs?fields=operationParams");
    wire.take().is("GET", BASE + "/app_lcm_op_occs/occ-1");
    wire.take().is("POST", BASE + "/app_lcm_op_occs/occ-1/cancel").jsonBody(cancel);
    wire.take().is("POST", BASE + "/app_lcm_op_occs/occ-1/fail").noBody();
    wire.take().is("POST", BASE + "/app_lcm_op_occs/occ-1/retry").noBody();
    wire.take().is("GET", BASE + "/app_lcm_op_occs");
    wire.take().is("GET", BASE + "/app_lcm_op_occs/occ-1");
    wire.take().is("POST", BASE + "/app_lcm_op_occs/occ-1/cancel").jsonBody(cancel);
    wire.take().is("POST", BASE + "/app_lcm_op_occs/occ-1/fail");
    wire.take().is("POST", BASE + "/app_lcm_op_occs/occ-1/retry");
  }

  @Test
  void subscribe_eachOfTheFourTypes() {
    AppInstSubscriptionRequest a = example("lcm/AppInstSubscriptionRequest", AppInstSubscriptionRequest.class);
    AppLcmOpOccSubscriptionRequest b = example("lcm/AppLcmOpOccSubscriptionRequest",
        AppLcmOpOccSubscriptionRequest.class);
    AppInstIdCreationSubscriptionRequest c = example("lcm/AppInstIdCreationSubscriptionRequest",
        AppInstIdCreationSubscriptionRequest.class);
    AppInstIdDeletionSubscriptionRequest d = example("lcm/AppInstIdDeletionSubscriptionRequest",
        AppInstIdDeletionSubscriptionRequest.class);
    for (int i = 0; i < 2; i++) {
      wire.json(201, text("lcm/AppInstSubscriptionInfo")).json(201, text("lcm/AppLcmOpOccSubscriptionInfo"))
          .json(201, text("lcm/AppInstIdCreationSubscriptionInfo"))
          .json(201, text("lcm/AppInstIdDeletionSubscriptionInfo"));
    }

    assertThat(lcm.subscribe(a)).isEqualTo(example("lcm/AppInstSubscriptionInfo", AppInstSubscriptionInfo.class));
    assertThat(lcm.subscribe(b)).isEqualTo(example("lcm/AppLcmOpOccSubscriptionInfo",
        AppLcmOpOccSubscriptionInfo.class));
    assertThat(lcm.subscribe(c)).isEqualTo(example("lcm/AppInstIdCreationSubscriptionInfo",
        AppInstIdCreationSubscriptionInfo.class));
    assertThat(lcm.subscribe(d)).isEqualTo(example("lcm/AppInstIdDeletionSubscriptionInfo",
        AppInstIdDeletionSubscriptionInfo.class));
    lcm.subscribeAsync(a).join();
    lcm.subscribeAsync(b).join();
    lcm.subscribeAsync(c).join();
    lcm.subscribeAsync(d).join();

    for (int i = 0; i < 2; i++) {
      wire.take().is("POST", BASE + "/subscriptions").jsonBody(a);
      wire.take().is("POST", BASE + "/subscriptions").jsonBody(b);
      wire.take().is("POST", BASE + "/subscriptions").jsonBody(c);
      wire.take().is("POST", BASE + "/subscriptions").jsonBody(d);
    }
  }

  @Test
  void subscriptions_listByTypeGetOfEveryTypeDelete() {
    wire.json(200, text("lcm/AppInstanceSubscriptionLinkList")).json(200, text("lcm/AppInstanceSubscriptionLinkList"))
        .json(200, text("lcm/AppInstSubscriptionInfo")).json(200, text("lcm/AppLcmOpOccSubscriptionInfo"))
        .json(200, text("lcm/AppInstIdCreationSubscriptionInfo"))
        .json(200, text("lcm/AppInstIdDeletionSubscriptionInfo")).empty(204).empty(204)
        .json(200, "{\"subscriptionType\":\"Nonsense\",\"id\":\"x\"}");

    assertThat(lcm.getSubscriptions(null)).isEqualTo(example("lcm/AppInstanceSubscriptionLinkList",
        AppInstanceSubscriptionLinkList.class));
    lcm.getSubscriptionsAsync(AppInstanceSubscriptionType.APP_LCM_OP_OCC_STATE_CHANGE_SUBSCRIPTION).join();
    assertThat(lcm.getSubscription("s-1").appInstanceStateChange()).hasValue(example("lcm/AppInstSubscriptionInfo",
        AppInstSubscriptionInfo.class));
    assertThat(lcm.getSubscriptionAsync("s-1").join().appLcmOpOccStateChange()).isPresent();
    assertThat(lcm.getSubscription("s-1").identifierCreation()).isPresent();
    LcmSubscription del = lcm.getSubscription("s-1");
    assertThat(del.identifierDeletion()).isPresent();
    assertThat(del.type()).isEqualTo(AppInstanceSubscriptionType.APP_IDENTIFIER_DELETION_SUBSCRIPTION);
    lcm.unsubscribe("s-1");
    lcm.unsubscribeAsync("s-1").join();
    assertThatThrownBy(() -> lcm.getSubscription("s-1")).isInstanceOf(MecClientException.class)
        .hasMessageContaining("unknown type");

    wire.take().is("GET", BASE + "/subscriptions");
    wire.take().is("GET", BASE + "/subscriptions?subscriptiontype=AppLcmOpOccStateChangeSubscription");
    for (int i = 0; i < 4; i++) {
      wire.take().is("GET", BASE + "/subscriptions/s-1");
    }
    wire.take().is("DELETE", BASE + "/subscriptions/s-1");
    wire.take().is("DELETE", BASE + "/subscriptions/s-1");
  }

  @Test
  void deliverNotification_eachOfTheFourTypes() {
    URI cb = wire.uri("/nfvo/callbacks/7");
    AppInstNotification a = example("lcm/AppInstNotification", AppInstNotification.class);
    AppLcmOpOccNotification b = example("lcm/AppLcmOpOccNotification", AppLcmOpOccNotification.class);
    AppInstanceIdentifierCreationNotification c = example("lcm/AppInstanceIdentifierCreationNotification",
        AppInstanceIdentifierCreationNotification.class);
    AppInstanceIdentifierDeletionNotification d = example("lcm/AppInstanceIdentifierDeletionNotification",
        AppInstanceIdentifierDeletionNotification.class);
    for (int i = 0; i < 5; i++) {
      wire.empty(204);
    }

    lcm.deliverNotification(cb, a);
    lcm.deliverNotification(cb, b);
    lcm.deliverNotification(cb, c);
    lcm.deliverNotification(cb, d);
    lcm.deliverNotificationAsync(cb, b).join();
    assertThatThrownBy(() -> lcm.deliverNotificationAsync(cb, "not a notification"))
        .isInstanceOf(IllegalArgumentException.class);

    wire.take().is("POST", "/nfvo/callbacks/7").jsonBody(a);
    wire.take().is("POST", "/nfvo/callbacks/7").jsonBody(b);
    wire.take().is("POST", "/nfvo/callbacks/7").jsonBody(c);
    wire.take().is("POST", "/nfvo/callbacks/7").jsonBody(d);
    wire.take().is("POST", "/nfvo/callbacks/7").jsonBody(b);
  }
}
