package io.mec4j.client.mp1;

import static io.mec4j.client.Fixtures.example;
import static io.mec4j.client.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mec4j.client.ETagged;
import io.mec4j.client.WireServer;
import io.mec4j.model.error.MecPreconditionFailedException;
import io.mec4j.model.mp1.LocalityType;
import io.mec4j.model.mp1.SerAvailabilityNotificationSubscription;
import io.mec4j.model.mp1.ServiceInfo;
import io.mec4j.model.mp1.ServiceLivenessInfo;
import io.mec4j.model.mp1.ServiceLivenessUpdate;
import io.mec4j.model.mp1.ServiceState;
import io.mec4j.model.mp1.SubscriptionLinkList;
import io.mec4j.model.mp1.TransportInfo;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every path and method of MEC011_ServiceMgmt.yaml, on the wire. */
class ServiceMgmtWireTest {

  private static final String SM = "/mec_service_mgmt/v1";

  private final WireServer wire = new WireServer();
  private final ServiceMgmtClient mp1 = ServiceMgmtClient.builder().baseUri(wire.uri(SM)).bearerToken("t").build();
  private final ServiceInfo service = example("mp1/ServiceInfo", ServiceInfo.class);

  @AfterEach
  void close() {
    mp1.close();
    wire.close();
  }

  private String list(String exampleName) {
    return "[" + text(exampleName) + "]";
  }

  @Test
  void getServices_all_sendsNoQuery() {
    wire.json(200, list("mp1/ServiceInfo"));

    assertThat(mp1.getServices()).containsExactly(service);
    wire.take().is("GET", SM + "/services").noBody();
  }

  @Test
  void getServices_everyFilter_isAQueryParameter() {
    wire.json(200, "[]").json(200, "[]").json(200, "[]");

    mp1.getServices(ServiceQuery.builder().serNames("rnis", "loc ation").scopeOfLocality(LocalityType.MEC_HOST)
        .consumedLocalOnly(true).isLocal(false).build());
    mp1.getServices(ServiceQuery.bySerInstanceId("a", "b"));
    mp1.getServicesAsync(ServiceQuery.bySerCategoryId("cat/1")).join();

    wire.take().is("GET", SM + "/services?ser_name=rnis&ser_name=loc%20ation&scope_of_locality=MEC_HOST"
        + "&consumed_local_only=true&is_local=false");
    wire.take().is("GET", SM + "/services?ser_instance_id=a&ser_instance_id=b");
    wire.take().is("GET", SM + "/services?ser_category_id=cat%2F1");
  }

  @Test
  void serviceQuery_identifyingFiltersExcludeEachOther() {
    assertThatThrownBy(() -> ServiceQuery.builder().serNames("a").serCategoryId("c").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("give only one of them");
  }

  @Test
  void getService_byId() {
    wire.json(200, text("mp1/ServiceInfo"), "ETag", "\"4\"").json(200, text("mp1/ServiceInfo"));

    assertThat(mp1.getService("s 1")).isEqualTo(service);
    assertThat(mp1.getServiceAsync("s1").join()).isEqualTo(service);
    wire.take().is("GET", SM + "/services/s%201");
    wire.take().is("GET", SM + "/services/s1");
  }

  @Test
  void getTransports() {
    wire.json(200, list("mp1/TransportInfo")).json(200, "[]");

    assertThat(mp1.getTransports()).containsExactly(example("mp1/TransportInfo", TransportInfo.class));
    assertThat(mp1.getTransportsAsync().join()).isEmpty();
    wire.take().is("GET", SM + "/transports");
    wire.take().is("GET", SM + "/transports");
  }

  @Test
  void getAppServices_withQuery() {
    wire.json(200, list("mp1/ServiceInfo")).json(200, "[]");

    assertThat(mp1.getAppServices("app-1", ServiceQuery.bySerName("rnis"))).hasSize(1);
    mp1.getAppServicesAsync("app-1", ServiceQuery.all()).join();
    wire.take().is("GET", SM + "/applications/app-1/services?ser_name=rnis");
    wire.take().is("GET", SM + "/applications/app-1/services");
  }

  @Test
  void registerService_postsTheBareServiceInfo() {
    ServiceInfo request = service.toBuilder().serInstanceId(null).links(null).build();
    wire.json(201, text("mp1/ServiceInfo"), "Location", "http://x/services/1", "ETag", "\"1\"")
        .json(201, text("mp1/ServiceInfo"));

    assertThat(mp1.registerService("app-1", request)).isEqualTo(service);
    mp1.registerServiceAsync("app-1", request).join();

    wire.take().is("POST", SM + "/applications/app-1/services").header("Authorization", "Bearer t")
        .jsonBody(request);
    wire.take().is("POST", SM + "/applications/app-1/services").jsonBody(request);
  }

  @Test
  void getAppService_withAndWithoutETag() {
    wire.json(200, text("mp1/ServiceInfo"), "ETag", "\"3\"").json(200, text("mp1/ServiceInfo"), "ETag", "\"3\"")
        .json(200, text("mp1/ServiceInfo")).json(200, text("mp1/ServiceInfo"), "ETag", "\"3\"");

    assertThat(mp1.getAppService("app-1", "s1")).isEqualTo(service);
    ETagged<ServiceInfo> tagged = mp1.getAppServiceWithETag("app-1", "s1");
    ETagged<ServiceInfo> untagged = mp1.getAppServiceAsync("app-1", "s1").thenApply(s -> new ETagged<>(s, null))
        .join();
    assertThat(mp1.getAppServiceWithETagAsync("app-1", "s1").join().etag()).isEqualTo("\"3\"");

    assertThat(tagged).isEqualTo(new ETagged<>(service, "\"3\""));
    assertThatThrownBy(untagged::requireETag).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sent no ETag");
    for (int i = 0; i < 4; i++) {
      wire.take().is("GET", SM + "/applications/app-1/services/s1");
    }
  }

  @Test
  void updateService_unconditionalAndIfMatch() {
    wire.json(200, text("mp1/ServiceInfo"), "ETag", "\"4\"").json(200, text("mp1/ServiceInfo"), "ETag", "\"5\"")
        .problem(412, "Precondition Failed", "Service s1 changed since you read it")
        .json(200, text("mp1/ServiceInfo")).json(200, text("mp1/ServiceInfo"), "ETag", "\"6\"");

    assertThat(mp1.updateService("app-1", "s1", service)).isEqualTo(service);
    assertThat(mp1.updateServiceIfMatch("app-1", "s1", service, "\"4\"")).isEqualTo(new ETagged<>(service, "\"5\""));
    assertThatThrownBy(() -> mp1.updateServiceIfMatch("app-1", "s1", service, "\"4\""))
        .isInstanceOf(MecPreconditionFailedException.class).hasMessageContaining("changed since you read it");
    mp1.updateServiceAsync("app-1", "s1", service).join();
    mp1.updateServiceIfMatchAsync("app-1", "s1", service, "\"5\"").join();

    wire.take().is("PUT", SM + "/applications/app-1/services/s1").noHeader("If-Match").jsonBody(service);
    wire.take().is("PUT", SM + "/applications/app-1/services/s1").header("If-Match", "\"4\"").jsonBody(service);
    wire.take().header("If-Match", "\"4\"");
    wire.take().noHeader("If-Match");
    wire.take().header("If-Match", "\"5\"");
  }

  @Test
  void deregisterService() {
    wire.empty(204).empty(204);

    mp1.deregisterService("app-1", "s1");
    mp1.deregisterServiceAsync("app-1", "s1").join();

    wire.take().is("DELETE", SM + "/applications/app-1/services/s1").noBody();
    wire.take().is("DELETE", SM + "/applications/app-1/services/s1");
  }

  @Test
  void subscriptions_listCreateGetDelete() {
    SerAvailabilityNotificationSubscription sub = example("mp1/SerAvailabilityNotificationSubscription",
        SerAvailabilityNotificationSubscription.class);
    SerAvailabilityNotificationSubscription request = new SerAvailabilityNotificationSubscription(
        sub.subscriptionType(), sub.callbackReference(), null, sub.filteringCriteria());
    wire.json(200, text("mp1/SubscriptionLinkList")).json(201, text("mp1/SerAvailabilityNotificationSubscription"))
        .json(200, text("mp1/SerAvailabilityNotificationSubscription")).empty(204)
        .json(200, text("mp1/SubscriptionLinkList")).json(201, text("mp1/SerAvailabilityNotificationSubscription"))
        .json(200, text("mp1/SerAvailabilityNotificationSubscription")).empty(204);

    assertThat(mp1.getSubscriptions("app-1")).isEqualTo(example("mp1/SubscriptionLinkList",
        SubscriptionLinkList.class));
    assertThat(mp1.subscribe("app-1", request)).isEqualTo(sub);
    assertThat(mp1.getSubscription("app-1", "sub-1")).isEqualTo(sub);
    mp1.unsubscribe("app-1", "sub-1");
    mp1.getSubscriptionsAsync("app-1").join();
    mp1.subscribeAsync("app-1", request).join();
    mp1.getSubscriptionAsync("app-1", "sub-1").join();
    mp1.unsubscribeAsync("app-1", "sub-1").join();

    for (int i = 0; i < 2; i++) {
      wire.take().is("GET", SM + "/applications/app-1/subscriptions");
      wire.take().is("POST", SM + "/applications/app-1/subscriptions").jsonBody(request);
      wire.take().is("GET", SM + "/applications/app-1/subscriptions/sub-1");
      wire.take().is("DELETE", SM + "/applications/app-1/subscriptions/sub-1");
    }
  }

  @Test
  void liveness_getAndPatchAtTheLinkThePlatformAllocated() {
    URI liveness = wire.uri("/somewhere/allocated/liveness-7");
    ServiceInfo withLink = service.toBuilder().links(new io.mec4j.model.mp1.ServiceInfoLinks(
        service.links().self(), new io.mec4j.model.common.LinkType(liveness.toString()))).build();
    wire.json(200, text("mp1/ServiceLivenessInfo")).empty(204).json(200, text("mp1/ServiceLivenessInfo")).empty(204)
        .empty(204).empty(204);

    assertThat(mp1.getLiveness(withLink)).isEqualTo(example("mp1/ServiceLivenessInfo", ServiceLivenessInfo.class));
    mp1.heartbeat(withLink);
    mp1.getLivenessAsync(liveness).join();
    mp1.heartbeatAsync(withLink).join();
    mp1.updateLiveness(liveness, new ServiceLivenessUpdate(ServiceState.ACTIVE));
    mp1.updateLivenessAsync(liveness, new ServiceLivenessUpdate(ServiceState.ACTIVE)).join();

    wire.take().is("GET", "/somewhere/allocated/liveness-7").header("Authorization", "Bearer t");
    wire.take().is("PATCH", "/somewhere/allocated/liveness-7").jsonBody("{\"state\":\"ACTIVE\"}");
    wire.take().is("GET", "/somewhere/allocated/liveness-7");
    for (int i = 0; i < 3; i++) {
      wire.take().is("PATCH", "/somewhere/allocated/liveness-7").jsonBody("{\"state\":\"ACTIVE\"}");
    }
  }

  @Test
  void heartbeat_serviceWithoutLivenessLink_failsSayingWhy() {
    ServiceInfo noLink = service.toBuilder().links(null).build();

    assertThatThrownBy(() -> mp1.heartbeat(noLink)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("livenessInterval");
    assertThat(wire.requestCount()).isZero();
  }

  @Test
  void emptyPathSegment_isRejectedBeforeSending() {
    assertThatThrownBy(() -> mp1.getAppServices("", ServiceQuery.all())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be empty");
    assertThat(List.of(wire.requestCount())).containsExactly(0);
  }
}
