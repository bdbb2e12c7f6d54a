package io.mec4j.client.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mec4j.client.Fixtures;
import io.mec4j.model.MecJson;
import io.mec4j.model.ams.ExpiryNotification;
import io.mec4j.model.ams.MobilityProcedureNotification;
import io.mec4j.model.ams.TestNotification;
import io.mec4j.model.federation.SystemUpdateNotification;
import io.mec4j.model.lcm.AppInstNotification;
import io.mec4j.model.lcm.AppInstanceIdentifierCreationNotification;
import io.mec4j.model.lcm.AppInstanceIdentifierDeletionNotification;
import io.mec4j.model.lcm.AppLcmOpOccNotification;
import io.mec4j.model.lcm.AppPkgNotification;
import io.mec4j.model.mp1.AppTerminationNotification;
import io.mec4j.model.mp1.ServiceAvailabilityNotification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The receiver over real HTTP: every notification type, and every kind of bad request. */
class NotificationReceiverTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Object> typed = new CopyOnWriteArrayList<>();
  private final List<ReceivedNotification> any = new CopyOnWriteArrayList<>();
  private final NotificationReceiver receiver = NotificationReceiver.builder().onAny(any::add).start();

  @AfterEach
  void close() {
    receiver.close();
  }

  private HttpResponse<String> post(URI uri, String contentType, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static Stream<Arguments> everyType() {
    return Stream.of(
        Arguments.of("mp1/ServiceAvailabilityNotification", ServiceAvailabilityNotification.class),
        Arguments.of("mp1/AppTerminationNotification", AppTerminationNotification.class),
        Arguments.of("lcm/AppPkgNotification", AppPkgNotification.class),
        Arguments.of("lcm/AppInstNotification", AppInstNotification.class),
        Arguments.of("lcm/AppLcmOpOccNotification", AppLcmOpOccNotification.class),
        Arguments.of("lcm/AppInstanceIdentifierCreationNotification", AppInstanceIdentifierCreationNotification.class),
        Arguments.of("lcm/AppInstanceIdentifierDeletionNotification", AppInstanceIdentifierDeletionNotification.class),
        Arguments.of("ams/MobilityProcedureNotification", MobilityProcedureNotification.class),
        Arguments.of("ams/ExpiryNotification", ExpiryNotification.class),
        Arguments.of("ams/TestNotification", TestNotification.class),
        Arguments.of("federation/SystemUpdateNotification", SystemUpdateNotification.class));
  }

  @ParameterizedTest
  @MethodSource("everyType")
  void everyNotificationType_reachesItsTypedListenerAndAnswers204(String example, Class<?> type) throws Exception {
    receiver.on(type, typed::add);
    receiver.on(Object.class, n -> { }); // listeners of other types see other notifications only if assignable
    URI cb = receiver.newCallbackUri();
    String json = Fixtures.text(example);

    HttpResponse<String> r = post(cb, "application/json", json);

    assertThat(r.statusCode()).isEqualTo(204);
    assertThat(typed).containsExactly(MecJson.read(json, type));
    assertThat(any).singleElement().satisfies(n -> {
      assertThat(n.callbackUri()).isEqualTo(cb);
      assertThat(n.notification()).isEqualTo(MecJson.read(json, type));
      assertThat(n.json()).isEqualTo(json);
    });
  }

  @Test
  void listenerOfAnotherType_isNotCalled() throws Exception {
    receiver.on(AppTerminationNotification.class, typed::add);

    post(receiver.newCallbackUri(), "application/json", Fixtures.text("mp1/ServiceAvailabilityNotification"));

    assertThat(typed).isEmpty();
    assertThat(any).hasSize(1);
  }

  @Test
  void unknownNotificationType_reachesOnlyOnAnyAsAMap() throws Exception {
    receiver.on(Object.class, typed::add);

    HttpResponse<String> r = post(receiver.callbackUri("adj"), "application/json; charset=utf-8",
        "{\"notificationType\":\"AdjacentAppInfoNotification\",\"associateId\":[]}");

    assertThat(r.statusCode()).isEqualTo(204);
    assertThat(any).singleElement().satisfies(n -> {
      assertThat(n.notificationType()).isEqualTo("AdjacentAppInfoNotification");
      assertThat(n.notification()).isInstanceOf(Map.class);
    });
    assertThat(typed).hasSize(1).first().isInstanceOf(Map.class);
  }

  @Test
  void garbage_is400WithProblemDetails() throws Exception {
    URI cb = receiver.newCallbackUri();

    HttpResponse<String> notJson = post(cb, "application/json", "{not json");
    HttpResponse<String> noType = post(cb, "application/json", "{\"a\":1}");
    HttpResponse<String> array = post(cb, "application/json", "[1,2]");
    HttpResponse<String> wrongType = post(cb, "application/json",
        "{\"notificationType\":\"AppTerminationNotification\",\"operationAction\":\"TERMINATING\","
            + "\"maxGracefulTimeout\":\"soon\",\"_links\":{}}");
    HttpResponse<String> missing = post(cb, "application/json",
        "{\"notificationType\":\"AppTerminationNotification\",\"operationAction\":\"TERMINATING\"}");

    for (HttpResponse<String> r : List.of(notJson, noType, array, wrongType, missing)) {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
    assertThat(notJson.body()).contains("not JSON");
    assertThat(noType.body()).contains("no notificationType");
    assertThat(wrongType.body()).contains("Not a valid AppTerminationNotification");
    assertThat(missing.body()).contains("maxGracefulTimeout").contains("_links");
    assertThat(any).isEmpty();
  }

  @Test
  void wrongPathMethodMediaTypeOrSize_areRejected() throws Exception {
    URI cb = receiver.newCallbackUri();
    String json = Fixtures.text("mp1/ServiceAvailabilityNotification");

    assertThat(post(URI.create(receiver.baseUri() + "/mec4j/notifications/never-given"), "application/json", json)
        .statusCode()).isEqualTo(404);
    assertThat(http.send(HttpRequest.newBuilder(cb).GET().build(), HttpResponse.BodyHandlers.ofString())
        .statusCode()).isEqualTo(405);
    assertThat(post(cb, "text/plain", json).statusCode()).isEqualTo(415);
    try (NotificationReceiver tiny = NotificationReceiver.builder().maxBodyBytes(10).start()) {
      assertThat(post(tiny.newCallbackUri(), "application/json", json).statusCode()).isEqualTo(413);
    }
    assertThat(any).isEmpty();
  }

  @Test
  void failingListener_answers500SoTheSenderRetries() throws Exception {
    receiver.on(ServiceAvailabilityNotification.class, n -> {
      throw new IllegalStateException("boom");
    });

    HttpResponse<String> r = post(receiver.newCallbackUri(), "application/json",
        Fixtures.text("mp1/ServiceAvailabilityNotification"));

    assertThat(r.statusCode()).isEqualTo(500);
  }

  @Test
  void callbackUris_areUniqueOrNamed() {
    assertThat(receiver.newCallbackUri()).isNotEqualTo(receiver.newCallbackUri());
    assertThat(receiver.callbackUri("sa-1")).hasToString(receiver.baseUri() + "/mec4j/notifications/sa-1");
    assertThat(receiver.baseUri().getHost()).isEqualTo("127.0.0.1");
    assertThatThrownBy(() -> receiver.callbackUri("a/b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("letters, digits");
  }

  @Test
  void publicBaseUri_isWhatCallbacksCarry() {
    try (NotificationReceiver behindNat = NotificationReceiver.builder()
        .publicBaseUri(URI.create("https://app-1.example:8443/")).start()) {
      assertThat(behindNat.callbackUri("x")).hasToString("https://app-1.example:8443/mec4j/notifications/x");
    }
  }
}
