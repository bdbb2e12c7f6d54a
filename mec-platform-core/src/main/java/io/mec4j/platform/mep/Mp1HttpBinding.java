package io.mec4j.platform.mep;

import static io.mec4j.platform.mep.MecPlatform.APP_SUPPORT_PATH;
import static io.mec4j.platform.mep.MecPlatform.SERVICE_MGMT_PATH;

import io.mec4j.model.MecJson;
import io.mec4j.model.error.MecBadRequestException;
import io.mec4j.model.error.MecPreconditionFailedException;
import io.mec4j.model.mp1.AppInfo;
import io.mec4j.model.mp1.AppReadyConfirmation;
import io.mec4j.model.mp1.AppTerminationConfirmation;
import io.mec4j.model.mp1.AppTerminationNotificationSubscription;
import io.mec4j.model.mp1.DnsRule;
import io.mec4j.model.mp1.LocalityType;
import io.mec4j.model.mp1.SerAvailabilityNotificationSubscription;
import io.mec4j.model.mp1.ServiceInfo;
import io.mec4j.model.mp1.ServiceLivenessUpdate;
import io.mec4j.model.mp1.TrafficRule;
import io.mec4j.platform.http.HttpCall;
import io.mec4j.platform.http.HttpReply;
import io.mec4j.platform.http.JsonBodies;
import io.mec4j.platform.http.MecHttpServer;
import io.mec4j.platform.http.Route;
import io.mec4j.platform.spi.Caller;
import io.mec4j.platform.spi.StoreTable;
import io.mec4j.platform.spi.Versioned;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP binding of MEC 011 (Mp1): every path and method of the service management ({@value
 * MecPlatform#SERVICE_MGMT_PATH}) and application support ({@value MecPlatform#APP_SUPPORT_PATH}) APIs, translated
 * into {@link MecPlatform} calls and nothing more.
 *
 * <p>Bodies are the bare ETSI objects. Created resources answer 201 with {@code Location}; resources that support
 * {@code If-Match} (services, traffic and DNS rules) carry an {@code ETag}. The unfiltered service list is served from
 * cached bytes, rebuilt when the registry changes. A service's liveness resource is {@code
 * /mec_service_mgmt/v1/services/{serviceId}/liveness}, linked from its {@code _links.liveness}.
 *
 * <pre>{@code
 * MecPlatform platform = MecPlatform.builder().build();
 * MecHttpServer server = Mp1HttpBinding.start(platform, MecHttpServer.builder().port(8080));
 * }</pre>
 */
public final class Mp1HttpBinding {

  private static final Set<String> PATCH_TYPES = Set.of(HttpReply.JSON, "application/merge-patch+json");

  private final MecPlatform platform;
  private volatile @Nullable CachedList cachedServices;

  private record CachedList(long version, byte[] body) {}

  /**
   * A binding for a platform.
   *
   * @param platform the engine
   */
  public Mp1HttpBinding(MecPlatform platform) {
    this.platform = Objects.requireNonNull(platform, "platform");
  }

  /**
   * Starts a server with this binding and tells the platform its base URI.
   *
   * @param platform the engine
   * @param server the server settings
   * @return the started server; closing it stops serving (the platform stays)
   */
  public static MecHttpServer start(MecPlatform platform, MecHttpServer.Builder server) {
    MecHttpServer s = server.build();
    s.addRoutes(new Mp1HttpBinding(platform).routes());
    s.start();
    platform.baseUri(s.baseUri());
    return s;
  }

  /**
   * Every route of both APIs.
   *
   * @return the routes
   */
  public List<Route> routes() {
    String sm = SERVICE_MGMT_PATH;
    String as = APP_SUPPORT_PATH;
    String app = "/applications/{appInstanceId}";
    return List.of(
        // ---- MEC 011 service management
        Route.read("GET", sm + "/services", this::getServices),
        Route.read("GET", sm + "/services/{serviceId}", c -> etagged(platform.service(caller(c), c.pathParam(
            "serviceId")))),
        Route.read("GET", sm + "/services/{serviceId}/liveness", c -> HttpReply.ok(platform.liveness(caller(c),
            c.pathParam("serviceId")))),
        new Route("PATCH", sm + "/services/{serviceId}/liveness", c -> {
          platform.heartbeat(caller(c), c.pathParam("serviceId"), JsonBodies.read(c, ServiceLivenessUpdate.class));
          return HttpReply.noContent();
        }, PATCH_TYPES, false),
        Route.read("GET", sm + "/transports", c -> HttpReply.ok(platform.transports(caller(c)))),
        Route.read("GET", sm + app + "/services", c -> HttpReply.ok(platform.appServices(caller(c), appId(c),
            query(c)))),
        Route.write("POST", sm + app + "/services", c -> {
          Versioned<ServiceInfo> v = platform.registerService(caller(c), appId(c), JsonBodies.read(c,
              ServiceInfo.class));
          return HttpReply.created(selfOf(v.value()), v.value()).withHeader("ETag", v.etag());
        }),
        Route.read("GET", sm + app + "/services/{serviceId}", c -> etagged(platform.appService(caller(c), appId(c),
            c.pathParam("serviceId")))),
        Route.write("PUT", sm + app + "/services/{serviceId}", c -> etagged(platform.updateService(caller(c),
            appId(c), c.pathParam("serviceId"), JsonBodies.read(c, ServiceInfo.class), c.ifMatchVersion()))),
        Route.action("DELETE", sm + app + "/services/{serviceId}", c -> {
          platform.deregisterService(caller(c), appId(c), c.pathParam("serviceId"));
          return HttpReply.noContent();
        }),
        Route.read("GET", sm + app + "/subscriptions", c -> HttpReply.ok(platform.serviceSubscriptions(caller(c),
            appId(c)))),
        Route.write("POST", sm + app + "/subscriptions", c -> {
          Versioned<SerAvailabilityNotificationSubscription> v = platform.subscribeServiceAvailability(caller(c),
              appId(c), JsonBodies.read(c, SerAvailabilityNotificationSubscription.class));
          return HttpReply.created(Objects.requireNonNull(v.value().links()).self().href(), v.value());
        }),
        Route.read("GET", sm + app + "/subscriptions/{subscriptionId}", c -> HttpReply.ok(
            platform.serviceSubscription(caller(c), appId(c), c.pathParam("subscriptionId")))),
        Route.action("DELETE", sm + app + "/subscriptions/{subscriptionId}", c -> {
          platform.unsubscribeServiceAvailability(caller(c), appId(c), c.pathParam("subscriptionId"));
          return HttpReply.noContent();
        }),
        // ---- MEC 011 application support
        Route.read("GET", as + app + "/subscriptions", c -> HttpReply.ok(platform.terminationSubscriptions(caller(c),
            appId(c)))),
        Route.write("POST", as + app + "/subscriptions", c -> {
          Versioned<AppTerminationNotificationSubscription> v = platform.subscribeTermination(caller(c), appId(c),
              JsonBodies.read(c, AppTerminationNotificationSubscription.class));
          return HttpReply.created(Objects.requireNonNull(v.value().links()).self().href(), v.value());
        }),
        Route.read("GET", as + app + "/subscriptions/{subscriptionId}", c -> HttpReply.ok(
            platform.terminationSubscription(caller(c), appId(c), c.pathParam("subscriptionId")))),
        Route.action("DELETE", as + app + "/subscriptions/{subscriptionId}", c -> {
          platform.unsubscribeTermination(caller(c), appId(c), c.pathParam("subscriptionId"));
          return HttpReply.noContent();
        }),
        Route.read("GET", as + "/timing/timing_caps", c -> HttpReply.ok(platform.timingCaps(caller(c)))),
        Route.read("GET", as + "/timing/current_time", c -> HttpReply.ok(platform.currentTime(caller(c)))),
        Route.read("GET", as + app + "/traffic_rules", c -> HttpReply.ok(platform.trafficRules(caller(c), appId(c)))),
        Route.read("GET", as + app + "/traffic_rules/{trafficRuleId}", c -> etagged(platform.trafficRule(caller(c),
            appId(c), c.pathParam("trafficRuleId")))),
        Route.write("PUT", as + app + "/traffic_rules/{trafficRuleId}", c -> etagged(platform.updateTrafficRule(
            caller(c), appId(c), c.pathParam("trafficRuleId"), JsonBodies.read(c, TrafficRule.class), c.ifMatchVersion()))),
        Route.read("GET", as + app + "/dns_rules", c -> HttpReply.ok(platform.dnsRules(caller(c), appId(c)))),
        Route.read("GET", as + app + "/dns_rules/{dnsRuleId}", c -> etagged(platform.dnsRule(caller(c), appId(c),
            c.pathParam("dnsRuleId")))),
        Route.write("PUT", as + app + "/dns_rules/{dnsRuleId}", c -> etagged(platform.updateDnsRule(caller(c),
            appId(c), c.pathParam("dnsRuleId"), JsonBodies.read(c, DnsRule.class), c.ifMatchVersion()))),
        Route.write("POST", as + app + "/confirm_termination", c -> {
          platform.confirmTermination(caller(c), appId(c), JsonBodies.read(c, AppTerminationConfirmation.class));
          return HttpReply.noContent();
        }),
        Route.write("POST", as + app + "/confirm_ready", c -> {
          platform.confirmReady(caller(c), appId(c), JsonBodies.read(c, AppReadyConfirmation.class));
          return HttpReply.noContent();
        }),
        Route.write("POST", as + "/registrations", c -> {
          AppInfo info = platform.register(caller(c), JsonBodies.read(c, AppInfo.class));
          return HttpReply.created(platform.baseUri() + as + "/registrations/" + info.appInstanceId(), info);
        }),
        Route.read("GET", as + "/registrations/{appInstanceId}", c -> HttpReply.ok(platform.registration(caller(c),
            appId(c)))),
        Route.write("PUT", as + "/registrations/{appInstanceId}", c -> {
          platform.updateRegistration(caller(c), appId(c), JsonBodies.read(c, AppInfo.class));
          return HttpReply.noContent();
        }),
        Route.action("DELETE", as + "/registrations/{appInstanceId}", c -> {
          platform.deregister(caller(c), appId(c));
          return HttpReply.noContent();
        }));
  }

  private HttpReply getServices(HttpCall c) {
    Caller caller = caller(c);
    ServiceQuery q = query(c);
    if (!q.isAll()) {
      return HttpReply.ok(platform.services(caller, q));
    }
    long version = platform.servicesVersion();
    CachedList cached = cachedServices;
    if (cached == null || cached.version() != version) {
      // read the version first: a concurrent change makes the next request rebuild, never serve stale bytes
      cached = new CachedList(version, MecJson.writeBytes(platform.services(caller, ServiceQuery.ALL)));
      cachedServices = cached;
    }
    return HttpReply.okBytes(cached.body());
  }

  private Caller caller(HttpCall c) {
    return platform.authenticate(c.header("authorization"));
  }

  private static String appId(HttpCall c) {
    return c.pathParam("appInstanceId");
  }

  private static String selfOf(ServiceInfo s) {
    return Objects.requireNonNull(s.links()).self().href();
  }

  private static HttpReply etagged(Versioned<?> v) {
    return HttpReply.ok(v.value()).withHeader("ETag", v.etag());
  }



  static ServiceQuery query(HttpCall c) {
    String category = c.queryValue("ser_category_id");
    String scope = c.queryValue("scope_of_locality");
    LocalityType locality = null;
    if (scope != null) {
      try {
        locality = LocalityType.valueOf(scope.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new MecBadRequestException("scope_of_locality must be one of MEC_SYSTEM, MEC_HOST, NFVI_POP, ZONE,"
            + " ZONE_GROUP, NFVI_NODE; was " + scope);
      }
      if (locality == LocalityType.UNKNOWN) {
        throw new MecBadRequestException("scope_of_locality UNKNOWN is not a value of the spec");
      }
    }
    return new ServiceQuery(nonEmpty(c.queryValues("ser_instance_id")), nonEmpty(c.queryValues("ser_name")), category,
        locality, bool(c, "consumed_local_only"), bool(c, "is_local"));
  }

  private static List<String> nonEmpty(List<String> values) {
    for (String v : values) {
      if (v.isBlank()) {
        throw new MecBadRequestException("Empty value in a list query parameter");
      }
    }
    return values;
  }

  private static @Nullable Boolean bool(HttpCall c, String name) {
    String v = c.queryValue(name);
    if (v == null) {
      return null;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new MecBadRequestException(name + " must be true or false, was " + v);
    };
  }
}
