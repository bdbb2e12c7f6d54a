package io.mec4j.examples;

import io.mec4j.client.ETagged;
import io.mec4j.client.mp1.AppSupportClient;
import io.mec4j.client.mp1.ServiceMgmtClient;
import io.mec4j.client.mp1.ServiceQuery;
import io.mec4j.client.notify.NotificationReceiver;
import io.mec4j.model.common.EndPointInfo;
import io.mec4j.model.common.SecurityInfo;
import io.mec4j.model.common.SerializerType;
import io.mec4j.model.common.TransportType;
import io.mec4j.model.mp1.AppTerminationNotification;
import io.mec4j.model.mp1.FilteringCriteria;
import io.mec4j.model.mp1.SerAvailabilityNotificationSubscription;
import io.mec4j.model.mp1.ServiceAvailabilityNotification;
import io.mec4j.model.mp1.ServiceInfo;
import io.mec4j.model.mp1.ServiceState;
import io.mec4j.model.mp1.TransportInfo;
import io.mec4j.testing.AppCredentials;
import io.mec4j.testing.EmbeddedMecPlatform;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Calling Mp1 from Java: the example of the README, compiled and run by the build. {@link #callMp1} is what an MEC
 * application does; {@link #main} runs it against an embedded MEC platform.
 *
 * <pre>
 * java -cp mec4j-examples.jar io.mec4j.examples.CallingMp1
 * </pre>
 */
public final class CallingMp1 {

  private CallingMp1() {}

  /**
   * Starts an embedded MEC platform, provisions one application instance and runs {@link #callMp1} as it.
   *
   * @param args ignored
   * @throws InterruptedException when interrupted while waiting for the notification
   */
  public static void main(String[] args) throws InterruptedException {
    try (EmbeddedMecPlatform mec = EmbeddedMecPlatform.start()) {
      AppCredentials app = mec.provisionApp("video-analytics-1");
      callMp1(app.serviceMgmtUri(), app.appSupportUri(), app.appInstanceId(), app.token());
    }
  }

  /**
   * What an MEC application does over Mp1: confirm ready, subscribe, register a service, discover, update it
   * conditionally, deregister.
   *
   * @param serviceMgmt e.g. {@code https://mep.example/mec_service_mgmt/v1}
   * @param appSupport e.g. {@code https://mep.example/mec_app_support/v1}
   * @param appId the application instance id the MEC system gave this application
   * @param token its OAuth 2.0 bearer token
   * @throws InterruptedException when interrupted while waiting for the notification
   */
  public static void callMp1(URI serviceMgmt, URI appSupport, String appId, String token)
      throws InterruptedException {
    CountDownLatch added = new CountDownLatch(1);
    try (NotificationReceiver receiver = NotificationReceiver.builder()
            .on(ServiceAvailabilityNotification.class, n -> added.countDown())
            .on(AppTerminationNotification.class, n -> System.out.println("terminating: " + n.operationAction()))
            .start();
        ServiceMgmtClient mp1 = ServiceMgmtClient.builder()
            .baseUri(serviceMgmt).bearerToken(token).callTimeout(Duration.ofSeconds(5)).build();
        AppSupportClient support = mp1Support(appSupport, token)) {

      support.confirmReady(appId);

      mp1.subscribe(appId, new SerAvailabilityNotificationSubscription("SerAvailabilityNotificationSubscription",
          receiver.newCallbackUri().toString(), null,
          FilteringCriteria.builder().serNames(List.of("video-analytics")).build()));

      ServiceInfo mine = mp1.registerService(appId, ServiceInfo.builder()
          .serName("video-analytics").version("1.0.0").state(ServiceState.ACTIVE).serializer(SerializerType.JSON)
          .transportInfo(new TransportInfo("rest-1", "REST", null, TransportType.REST_HTTP, "HTTP", "1.1",
              new EndPointInfo(List.of("https://video.example/api/v1/"), null, null, null),
              new SecurityInfo(null, null), null))
          .build());
      String id = Objects.requireNonNull(mine.serInstanceId(), "the platform assigns it");
      System.out.println("registered " + mine.serName() + " as " + id);

      List<ServiceInfo> found = mp1.getServices(ServiceQuery.bySerName("video-analytics"));
      System.out.println("discovered " + found.size() + " service(s)");

      ETagged<ServiceInfo> current = mp1.getAppServiceWithETag(appId, id);
      mp1.updateServiceIfMatch(appId, id,
          current.value().toBuilder().version("1.0.1").links(null).build(), current.requireETag());

      if (added.await(10, TimeUnit.SECONDS)) {
        System.out.println("notified: service added");
      }
      mp1.deregisterService(appId, id);
    }
  }

  private static AppSupportClient mp1Support(URI appSupport, String token) {
    return AppSupportClient.builder().baseUri(appSupport).bearerToken(token).build();
  }
}
