package io.mec4j.platform.meo;

import static io.mec4j.platform.meo.MeoFixture.LCM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.mec4j.platform.meo.MeoFixture.Res;
import io.mec4j.platform.spi.GeoPoint;
import io.mec4j.platform.spi.HostId;
import io.mec4j.platform.spi.HostLocation;
import io.mec4j.platform.spi.MecHost;
import io.mec4j.platform.spi.Resources;
import io.mec4j.platform.spi.VimInstance;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MEC 010-2 application LCM over real HTTP: instances, operations, notifications, with the in-memory VIM. */
class AppLcmIT {

  static final HostId PARIS = HostId.of("edge-paris");
  static final HostId LYON = HostId.of("edge-lyon");
  static final String INSTANTIATE = "{}";
  static final String GRACEFUL = "{\"terminationType\":\"GRACEFUL\",\"gracefulTerminationTimeout\":5}";

  private MeoFixture f;
  private Receiver subscriber;

  @BeforeEach
  void start() {
    f = new MeoFixture(List.of(
        MecHost.builder("edge-paris").location(HostLocation.of("paris", GeoPoint.of(48.85, 2.35))
            .withAddress("FR", List.of())).capacity(Resources.of(4, 8192, 100)).build(),
        MecHost.builder("edge-lyon").location(HostLocation.of("lyon", GeoPoint.of(45.76, 4.83))
            .withAddress("FR", List.of())).capacity(Resources.of(4, 8192, 100)).build()), b -> b);
    f.catalog.add(TestCatalog.appD("appd-counter", ""), f.packageDir);
    subscriber = new Receiver();
    for (String type : List.of("AppInstanceStateChangeSubscription", "AppLcmOpOccStateChangeSubscription",
        "AppIdentifierCreationSubscription", "AppIdentifierDeletionSubscription")) {
      Res r = f.post(LCM + "/subscriptions", """
          {"subscriptionType":"%s","callbackUri":"%s"}""".formatted(type, subscriber.uri("/lcm")));
      assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
  }

  @AfterEach
  void stop() {
    subscriber.close();
    f.close();
  }

  private JsonNode awaitOp(String opId, String state) {
    await().atMost(Duration.ofSeconds(15)).until(() -> f.op(opId).path("operationState").asText().equals(state));
    return f.op(opId);
  }

  private List<String> opStates(String opId) {
    return subscriber.received(n -> opId.equals(n.path("appLcmOpOccId").asText())).stream()
        .map(n -> n.get("operationState").asText()).toList();
  }

  @Test
  void create_returns201WithLocation_andNotifiesCreation() {
    Res r = f.post(LCM + "/app_instances", """
        {"appDId":"appd-counter","appInstanceName":"counter-1","appInstanceDescription":"test"}""");

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonNode i = r.json();
    String id = i.get("id").asText();
    assertThat(r.header("Location")).isEqualTo(f.server.baseUri() + LCM + "/app_instances/" + id);
    assertThat(i.get("instantiationState").asText()).isEqualTo("NOT_INSTANTIATED");
    assertThat(i.get("appPkgId").asText()).isEqualTo("pkg-appd-counter");
    assertThat(i.get("appName").asText()).isEqualTo("counter");
    assertThat(i.path("_links").path("instantiate").path("href").asText()).endsWith(id + "/instantiate");
    assertThat(i.path("_links").has("terminate")).isFalse();
    await().untilAsserted(() -> assertThat(subscriber.about("AppIdentifierCreationSubscription", id)).hasSize(1));
    assertThat(f.get(LCM + "/app_instances/" + id).json()).isEqualTo(i);
  }

  @Test
  void create_unknownAppD_404_disabledPackage_409_unknownMep_400() {
    assertThat(f.post(LCM + "/app_instances", "{\"appDId\":\"nope\"}").status()).isEqualTo(404);
    f.catalog.setState("pkg-appd-counter", io.mec4j.model.lcm.OperationalState.DISABLED);
    Res disabled = f.post(LCM + "/app_instances", "{\"appDId\":\"appd-counter\"}");
    assertThat(disabled.status()).isEqualTo(409);
    assertThat(disabled.json().get("detail").asText()).contains("DISABLED");
    f.catalog.setState("pkg-appd-counter", io.mec4j.model.lcm.OperationalState.ENABLED);
    Res mep = f.post(LCM + "/app_instances", "{\"appDId\":\"appd-counter\",\"appPlacementInfo\":{\"mepId\":\"x\"}}");
    assertThat(mep.status()).isEqualTo(400);
    assertThat(mep.json().get("detail").asText()).contains("edge-lyon", "edge-paris");
    assertThat(f.get(LCM + "/app_instances").json()).isEmpty();
  }

  @Test
  void instantiate_runsEveryStep_andCompletes() {
    String id = f.create("appd-counter");
    Res r = f.post(LCM + "/app_instances/" + id + "/instantiate", "{\"locationConstraints\":{\"countryCode\":\"FR\"}}");
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    assertThat(r.body()).isEmpty();
    String opId = r.header("Location").substring(r.header("Location").lastIndexOf('/') + 1);

    JsonNode op = awaitOp(opId, "COMPLETED");

    assertThat(op.get("lcmOperation").asText()).isEqualTo("INSTANTIATE");
    assertThat(op.path("_links").path("appInstance").path("href").asText()).endsWith("/app_instances/" + id);
    JsonNode inst = f.instance(id);
    assertThat(inst.get("instantiationState").asText()).isEqualTo("INSTANTIATED");
    assertThat(inst.path("instantiatedAppState").path("operationalState").asText()).isEqualTo("STARTED");
    assertThat(inst.path("instantiatedAppState").path("appInstLocation").path("countryCode").asText())
        .isEqualTo("FR");
    HostId host = f.meo.hostOf(id).orElseThrow();
    assertThat(inst.path("vimConnectionInfo").path("vim-" + host).path("vimType").asText())
        .isEqualTo("mec4j.inmemory");
    // the platform knows the app, its rules are enforced on that host only, resources are booked
    MeoFixture.Host h = f.host(host);
    assertThat(h.platform().findApp(id)).isPresent();
    assertThat(h.dataPlane().activeRule(id, "tr-1")).isPresent();
    assertThat(h.dns().activeRule(id, "dns-1")).isPresent();
    assertThat(f.meo.inventory().find(host).orElseThrow().used()).isEqualTo(Resources.of(1, 512, 0));
    assertThat(f.catalog.inUse).containsEntry("pkg-appd-counter", true);
    // the app got its Mp1 coordinates
    assertThat(f.env(id)).containsEntry("MEC_APP_INSTANCE_ID", id).containsEntry("MEC_HOST_ID", host.value())
        .containsKeys("MEC_APP_TOKEN", "MEC_SERVICE_MGMT_URI", "MEC_APP_SUPPORT_URI", "MEC_AMS_URI");
    await().untilAsserted(() -> assertThat(opStates(opId)).containsExactly("STARTING", "PROCESSING", "COMPLETED"));
    await().untilAsserted(() -> assertThat(subscriber.about("AppInstanceStateChangeSubscription", id))
        .extracting(n -> n.get("appInstanceState").asText()).containsExactly("STARTED"));
    assertThat(f.instance(id).path("_links").has("instantiate")).isFalse();
    assertThat(f.post(LCM + "/app_instances/" + id + "/instantiate", INSTANTIATE).status()).isEqualTo(409);
  }

  @Test
  void instantiate_placesNearTheArea_andOnSelectedHosts() {
    String nearLyon = f.create("appd-counter");
    String area = "{\\\"type\\\":\\\"Polygon\\\",\\\"coordinates\\\":[[[4.5,45.5],[5.2,45.5],[5.2,46],[4.5,46],"
        + "[4.5,45.5]]]}";
    awaitOp(f.task(nearLyon, "instantiate", "{\"locationConstraints\":{\"area\":\"" + area + "\"}}"), "COMPLETED");
    assertThat(f.meo.hostOf(nearLyon)).contains(LYON);

    String pinned = f.create("appd-counter");
    awaitOp(f.task(pinned, "instantiate", "{\"selectedMECHostInfo\":[{\"hostId\":{\"id\":\"edge-paris\"}}]}"),
        "COMPLETED");
    assertThat(f.meo.hostOf(pinned)).contains(PARIS);
  }

  @Test
  void instantiate_noHostFits_failsTemp_explainingEveryHost() {
    f.catalog.add(TestCatalog.appD("appd-big", """
        "appServiceRequired":[{"serName":"rnis","version":"2.2.1"}],
        "appFeatureRequired":[{"featureName":"UEIdentity","version":"1.0"}]"""), f.packageDir);
    String id = f.create("appd-big");

    JsonNode op = awaitOp(f.task(id, "instantiate", INSTANTIATE), "FAILED_TEMP");

    JsonNode error = op.get("error");
    assertThat(error.get("status").asInt()).isEqualTo(409);
    assertThat(error.get("title").asText()).isEqualTo("No MEC host fits");
    assertThat(error.get("detail").asText()).contains(
        "edge-paris: required MEC service rnis is not available; required feature UEIdentity 1.0 is not supported",
        "edge-lyon: required MEC service rnis is not available");
    assertThat(f.instance(id).get("instantiationState").asText()).isEqualTo("NOT_INSTANTIATED");
    assertThat(f.vim.instances()).isEmpty();
    // a FAILED_TEMP operation blocks the instance until it is retried or failed
    assertThat(f.post(LCM + "/app_instances/" + id + "/instantiate", INSTANTIATE).status()).isEqualTo(409);
  }

  @Test
  void instantiate_requiredServiceRegisteredOnAPlatform_countsForPlacement() {
    f.catalog.add(TestCatalog.appD("appd-consumer", "\"appServiceRequired\":[{\"serName\":\"location\","
        + "\"version\":\"2.0\"}]"), f.packageDir);
    String consumer = f.create("appd-consumer");
    String opId = f.task(consumer, "instantiate", INSTANTIATE);
    JsonNode failed = awaitOp(opId, "FAILED_TEMP");
    assertThat(failed.get("error").get("detail").asText()).contains("required MEC service location is not available");
    assertThat(f.get(LCM + "/app_lcm_op_occs?filter=(eq,error/status,409)").json()).hasSize(1);

    // a location service appears on the Lyon platform (registered over Mp1 by an application running there)
    String producer = f.create("appd-counter");
    awaitOp(f.task(producer, "instantiate", "{\"selectedMECHostInfo\":[{\"hostId\":{\"id\":\"edge-lyon\"}}]}"),
        "COMPLETED");
    assertThat(f.registerService(producer, "location").status()).isEqualTo(201);

    assertThat(f.post(LCM + "/app_lcm_op_occs/" + opId + "/retry", null).status()).isEqualTo(202);
    awaitOp(opId, "COMPLETED");
    assertThat(f.meo.hostOf(consumer)).contains(LYON);
  }

  @Test
  void instantiate_appNeverConfirmsReady_failsTemp_rollsBack_thenRetrySucceeds() {
    f.meo.close();
    f.close();
    f = new MeoFixture(List.of(MeoFixture.host("edge-paris")), b -> b.readyTimeout(Duration.ofMillis(700)));
    f.catalog.add(TestCatalog.appD("appd-counter", ""), f.packageDir);
    f.behaviour = MeoFixture.Behaviour.SILENT;
    String id = f.create("appd-counter");

    String opId = f.task(id, "instantiate", INSTANTIATE);
    JsonNode op = awaitOp(opId, "FAILED_TEMP");

    assertThat(op.get("error").get("status").asInt()).isEqualTo(504);
    assertThat(op.get("error").get("detail").asText()).contains("did not confirm it is ready");
    assertThat(f.host(PARIS).platform().findApp(id)).isEmpty();
    assertThat(f.vim.running()).isEmpty();
    assertThat(f.meo.inventory().find(PARIS).orElseThrow().used()).isEqualTo(Resources.NONE);

    f.behaviour = MeoFixture.Behaviour.COOPERATIVE;
    Res retry = f.post(LCM + "/app_lcm_op_occs/" + opId + "/retry", null);
    assertThat(retry.status()).as(retry.body()).isEqualTo(202);
    JsonNode done = awaitOp(opId, "COMPLETED");
    assertThat(done.has("error")).isFalse();
    assertThat(f.instance(id).get("instantiationState").asText()).isEqualTo("INSTANTIATED");
    assertThat(f.post(LCM + "/app_lcm_op_occs/" + opId + "/retry", null).status()).isEqualTo(409);
  }

  @Test
  void cancel_thenFail_endsInFailed() {
    f.behaviour = MeoFixture.Behaviour.SILENT;
    String id = f.create("appd-counter");
    String opId = f.task(id, "instantiate", INSTANTIATE);
    awaitOp(opId, "PROCESSING");
    await().until(() -> f.vim.running().size() == 1);

    Res cancel = f.post(LCM + "/app_lcm_op_occs/" + opId + "/cancel", "{\"CancelMode\":\"GRACEFUL\"}");

    assertThat(cancel.status()).as(cancel.body()).isEqualTo(202);
    JsonNode op = awaitOp(opId, "FAILED_TEMP");
    assertThat(op.get("error").get("title").asText()).isEqualTo("Cancelled");
    assertThat(op.get("isCancelPending").asBoolean()).isFalse();
    assertThat(f.vim.running()).isEmpty();
    assertThat(f.post(LCM + "/app_lcm_op_occs/" + opId + "/cancel", "{\"CancelMode\":\"FORCEFUL\"}").status())
        .isEqualTo(409);

    Res fail = f.post(LCM + "/app_lcm_op_occs/" + opId + "/fail", null);
    assertThat(fail.status()).isEqualTo(200);
    assertThat(fail.json().get("operationState").asText()).isEqualTo("FAILED");
    assertThat(f.post(LCM + "/app_lcm_op_occs/" + opId + "/fail", null).status()).isEqualTo(409);
    await().untilAsserted(() -> assertThat(opStates(opId))
        .containsExactly("STARTING", "PROCESSING", "FAILED_TEMP", "FAILED"));
    // failed for good: the instance can be instantiated again
    f.behaviour = MeoFixture.Behaviour.COOPERATIVE;
    awaitOp(f.task(id, "instantiate", INSTANTIATE), "COMPLETED");
  }

  @Test
  void terminate_graceful_appIsNotified_confirms_andEverythingIsReleased() {
    String id = f.create("appd-counter");
    awaitOp(f.task(id, "instantiate", INSTANTIATE), "COMPLETED");
    HostId host = f.meo.hostOf(id).orElseThrow();
    String vimId = f.meo.vimInstanceOf(id).orElseThrow();

    String opId = f.task(id, "terminate", GRACEFUL);
    awaitOp(opId, "COMPLETED");

    assertThat(f.appCallbacks.received(n -> n.path("notificationType").asText().equals("AppTerminationNotification")
        && n.path("operationAction").asText().equals("TERMINATING"))).hasSize(1);
    assertThat(f.vim.inspect(vimId).orElseThrow().status()).isEqualTo(VimInstance.Status.STOPPED);
    assertThat(f.host(host).platform().findApp(id)).isEmpty();
    assertThat(f.host(host).dataPlane().activeRule(id, "tr-1")).isEmpty();
    assertThat(f.host(host).dns().activeRule(id, "dns-1")).isEmpty();
    assertThat(f.meo.inventory().find(host).orElseThrow().used()).isEqualTo(Resources.NONE);
    assertThat(f.catalog.inUse).containsEntry("pkg-appd-counter", false);
    JsonNode inst = f.instance(id);
    assertThat(inst.get("instantiationState").asText()).isEqualTo("NOT_INSTANTIATED");
    assertThat(inst.has("instantiatedAppState")).isFalse();
    await().untilAsserted(() -> assertThat(subscriber.about("AppInstanceStateChangeSubscription", id))
        .extracting(n -> n.get("appInstanceState").asText()).containsExactly("STARTED", "NOT_INSTANTIATED"));
    assertThat(f.post(LCM + "/app_instances/" + id + "/terminate", GRACEFUL).status()).isEqualTo(409);
  }

  @Test
  void terminate_gracefulWithoutConfirmation_stopsAfterTheTimeout() {
    f.behaviour = MeoFixture.Behaviour.SILENT;
    String id = f.create("appd-counter");
    String opId = f.task(id, "instantiate", INSTANTIATE);
    await().until(() -> f.envs.containsKey(id));
    f.subscribeTermination(id);
    f.appCallbacks.close(); // the app's callback endpoint is gone: nobody will confirm
    f.confirmReady(id);
    awaitOp(opId, "COMPLETED");

    awaitOp(f.task(id, "terminate", "{\"terminationType\":\"GRACEFUL\",\"gracefulTerminationTimeout\":1}"),
        "COMPLETED");

    assertThat(f.vim.running()).isEmpty();
    assertThat(f.instance(id).get("instantiationState").asText()).isEqualTo("NOT_INSTANTIATED");
  }

  @Test
  void operate_stopThenStart() {
    String id = f.create("appd-counter");
    awaitOp(f.task(id, "instantiate", INSTANTIATE), "COMPLETED");
    HostId host = f.meo.hostOf(id).orElseThrow();

    awaitOp(f.task(id, "operate", "{\"changeStateTo\":\"STOPPED\",\"stopType\":\"GRACEFUL\","
        + "\"gracefulStopTimeout\":5}"), "COMPLETED");

    assertThat(f.instance(id).path("instantiatedAppState").path("operationalState").asText()).isEqualTo("STOPPED");
    assertThat(f.appCallbacks.received(n -> n.path("operationAction").asText().equals("STOPPING"))).hasSize(1);
    assertThat(f.vim.running()).isEmpty();
    assertThat(f.host(host).dataPlane().activeRule(id, "tr-1")).isEmpty();
    assertThat(f.meo.inventory().find(host).orElseThrow().used().vcpu()).isEqualTo(1);
    assertThat(f.post(LCM + "/app_instances/" + id + "/operate", "{\"changeStateTo\":\"STOPPED\"}").status())
        .isEqualTo(409);

    awaitOp(f.task(id, "operate", "{\"changeStateTo\":\"STARTED\"}"), "COMPLETED");

    assertThat(f.instance(id).path("instantiatedAppState").path("operationalState").asText()).isEqualTo("STARTED");
    assertThat(f.vim.running()).hasSize(1);
    assertThat(f.host(host).dataPlane().activeRule(id, "tr-1")).isPresent();
    await().untilAsserted(() -> assertThat(subscriber.about("AppInstanceStateChangeSubscription", id))
        .extracting(n -> n.get("appInstanceState").asText()).containsExactly("STARTED", "STOPPED", "STARTED"));
  }

  @Test
  void crash_isDetected_instanceStopped_subscribersNotified() {
    String id = f.create("appd-counter");
    awaitOp(f.task(id, "instantiate", INSTANTIATE), "COMPLETED");
    HostId host = f.meo.hostOf(id).orElseThrow();
    assertThat(f.registerService(id, "counter").status()).isEqualTo(201);

    f.vim.crash(f.meo.vimInstanceOf(id).orElseThrow(), 137, "killed by the OOM killer");

    await().untilAsserted(() -> assertThat(subscriber.about("AppInstanceStateChangeSubscription", id))
        .extracting(n -> n.get("appInstanceState").asText()).containsExactly("STARTED", "STOPPED"));
    assertThat(f.instance(id).path("instantiatedAppState").path("operationalState").asText()).isEqualTo("STOPPED");
    assertThat(f.host(host).platform().findApp(id)).isEmpty();
    assertThat(f.host(host).platform().services(io.mec4j.platform.spi.Caller.platform(),
        io.mec4j.platform.mep.ServiceQuery.ALL)).isEmpty();
    // it can be started again
    awaitOp(f.task(id, "operate", "{\"changeStateTo\":\"STARTED\"}"), "COMPLETED");
  }

  @Test
  void crashBeforeReady_failsTheInstantiation() {
    f.behaviour = MeoFixture.Behaviour.SILENT;
    String id = f.create("appd-counter");
    String opId = f.task(id, "instantiate", INSTANTIATE);
    await().until(() -> f.vim.running().size() == 1);

    f.vim.crash(f.vim.running().get(0).id(), 1, "no config file");

    JsonNode op = awaitOp(opId, "FAILED_TEMP");
    assertThat(op.get("error").get("detail").asText()).contains("ended before confirming it is ready",
        "exit code 1", "no config file");
  }

  @Test
  void delete_onlyWhenNotInstantiated_andNotifiesDeletion() {
    String id = f.create("appd-counter");
    awaitOp(f.task(id, "instantiate", INSTANTIATE), "COMPLETED");
    assertThat(f.delete(LCM + "/app_instances/" + id).status()).isEqualTo(409);
    awaitOp(f.task(id, "terminate", "{\"terminationType\":\"FORCEFUL\"}"), "COMPLETED");

    assertThat(f.delete(LCM + "/app_instances/" + id).status()).isEqualTo(204);

    assertThat(f.get(LCM + "/app_instances/" + id).status()).isEqualTo(404);
    assertThat(f.delete(LCM + "/app_instances/" + id).status()).isEqualTo(404);
    await().untilAsserted(() -> assertThat(subscriber.about("AppIdentifierDeletionSubscription", id)).hasSize(1));
  }

  @Test
  void lists_filterAndSelectAttributes() {
    String a = f.create("appd-counter");
    String b = f.create("appd-counter");
    awaitOp(f.task(a, "instantiate", INSTANTIATE), "COMPLETED");

    JsonNode all = f.get(LCM + "/app_instances").json();
    assertThat(all).hasSize(2);
    assertThat(all.get(0).has("vimConnectionInfo")).isFalse();
    JsonNode full = f.get(LCM + "/app_instances?all_fields").json();
    assertThat(StreamSupport.stream(full.spliterator(), false).anyMatch(n -> n.has("vimConnectionInfo"))).isTrue();
    JsonNode instantiated = f.get(LCM + "/app_instances?filter=(eq,instantiationState,INSTANTIATED)").json();
    assertThat(instantiated).hasSize(1);
    assertThat(instantiated.get(0).get("id").asText()).isEqualTo(a);
    assertThat(f.get(LCM + "/app_instances?filter=(neq,instantiationState,INSTANTIATED);(eq,appDId,appd-counter)")
        .json().get(0).get("id").asText()).isEqualTo(b);
    assertThat(f.get(LCM + "/app_instances?filter=(eq,instantiatedAppState/operationalState,STARTED)").json())
        .hasSize(1);
    assertThat(f.get(LCM + "/app_instances?exclude_fields=appDescription,_links").json().get(0).has("_links"))
        .isFalse();
    Res bad = f.get(LCM + "/app_instances?filter=(like,appDId,x)");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("detail").asText()).contains("unknown operator like");
    assertThat(f.get(LCM + "/app_instances?filter=(eq,appDId").status()).isEqualTo(400);

    JsonNode ops = f.get(LCM + "/app_lcm_op_occs").json();
    assertThat(ops).hasSize(1);
    assertThat(ops.get(0).has("operationParams")).isFalse();
    assertThat(f.get(LCM + "/app_lcm_op_occs?filter1=(eq,lcmOperation,TERMINATE)").json()).isEmpty();
    assertThat(f.get(LCM + "/app_lcm_op_occs?fields=operationParams").json().get(0).has("operationParams")).isTrue();
  }

  @Test
  void configurePlatformForApp_beforeInstantiation_changesTheRules() {
    String id = f.create("appd-counter");
    String opId = f.task(id, "configure_platform_for_app", """
        {"appDNSRule":[{"dnsRuleId":"dns-2","domainName":"counter2.mec.example","ipAddressType":"IP_V4",
          "ipAddress":"10.0.0.10"}]}""");
    JsonNode op = awaitOp(opId, "COMPLETED");
    assertThat(op.get("lcmOperation").asText()).isEqualTo("OPERATE");

    awaitOp(f.task(id, "instantiate", INSTANTIATE), "COMPLETED");

    MeoFixture.Host h = f.host(f.meo.hostOf(id).orElseThrow());
    assertThat(h.dns().activeRule(id, "dns-2")).isPresent();
    assertThat(h.dns().activeRule(id, "dns-1")).isEmpty();
    assertThat(h.dataPlane().activeRule(id, "tr-1")).isPresent();
    // a started instance keeps its set of rules
    Res change = f.post(LCM + "/app_instances/" + id + "/configure_platform_for_app", "{\"appDNSRule\":[]}");
    assertThat(change.status()).isEqualTo(409);
    assertThat(change.json().get("detail").asText()).contains("Stop it");
  }
}
