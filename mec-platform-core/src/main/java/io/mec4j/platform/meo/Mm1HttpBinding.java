package io.mec4j.platform.meo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mec4j.model.MecJson;
import io.mec4j.model.error.MecBadRequestException;
import io.mec4j.model.error.MecForbiddenException;
import io.mec4j.model.lcm.AppInstIdCreationSubscriptionRequest;
import io.mec4j.model.lcm.AppInstIdDeletionSubscriptionRequest;
import io.mec4j.model.lcm.AppInstNotification;
import io.mec4j.model.lcm.AppInstSubscriptionRequest;
import io.mec4j.model.lcm.AppInstanceIdentifierCreationNotification;
import io.mec4j.model.lcm.AppInstanceIdentifierDeletionNotification;
import io.mec4j.model.lcm.AppInstanceInfo;
import io.mec4j.model.lcm.AppInstanceSubscriptionType;
import io.mec4j.model.lcm.AppLcmOpOccNotification;
import io.mec4j.model.lcm.AppLcmOpOccSubscriptionRequest;
import io.mec4j.model.lcm.CancelMode;
import io.mec4j.model.lcm.ConfigPlatformForAppRequest;
import io.mec4j.model.lcm.CreateAppInstanceRequest;
import io.mec4j.model.lcm.Grant;
import io.mec4j.model.lcm.GrantRequest;
import io.mec4j.model.lcm.InstantiateAppRequest;
import io.mec4j.model.lcm.OperateAppRequest;
import io.mec4j.model.lcm.TerminateAppRequest;
import io.mec4j.platform.http.HttpCall;
import io.mec4j.platform.http.HttpReply;
import io.mec4j.platform.http.JsonBodies;
import io.mec4j.platform.http.MecHttpServer;
import io.mec4j.platform.http.Route;
import io.mec4j.platform.spi.Caller;
import io.mec4j.platform.spi.Versioned;
import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The HTTP binding of MEC 010-2 application lifecycle management ({@value MecOrchestrator#LCM_PATH}) and granting
 * ({@value MecOrchestrator#GRANTING_PATH}): every path and method of {@code MEC010-2_AppLcm.yaml} and {@code
 * MEC010-2_AppGrant.yaml}, translated into {@link MecOrchestrator} calls and nothing more.
 *
 * <p>These are operator-side APIs (Mm1, Mm3): a caller needs a platform token ({@link
 * io.mec4j.platform.spi.Authorizer#issuePlatformToken()}) or open mode; application tokens get 403. Bodies are the bare
 * ETSI objects. Task resources ({@code instantiate}, {@code terminate}, {@code operate}, {@code
 * configure_platform_for_app}) answer 202 with the {@code Location} of the new LCM operation occurrence. The list
 * resources support the ETSI GS MEC 009 {@code filter} and attribute selector parameters.
 *
 * <pre>{@code
 * MecHttpServer server = Mm1HttpBinding.start(orchestrator, MecHttpServer.builder().port(8090));
 * }</pre>
 */
public final class Mm1HttpBinding {

  private static final String LCM = MecOrchestrator.LCM_PATH;
  private static final String GRANTING = MecOrchestrator.GRANTING_PATH;

  private final MecOrchestrator meo;

  /**
   * A binding for an orchestrator.
   *
   * @param orchestrator the engine
   */
  public Mm1HttpBinding(MecOrchestrator orchestrator) {
    this.meo = Objects.requireNonNull(orchestrator, "orchestrator");
  }

  /**
   * Starts a server with the Mm1 binding and the mobility service binding ({@link AmsHttpBinding}) and tells the
   * orchestrator its base URI.
   *
   * @param orchestrator the engine
   * @param server the server settings
   * @return the started server; closing it stops serving (the orchestrator stays)
   */
  /**
   * Every route the orchestrator serves: MEC 010-2 lifecycle management and granting, and the MEC 021 subset the
   * applications use during relocation. For embedding them in a server that serves other APIs too; then call
   * {@link MecOrchestrator#baseUri(java.net.URI)} once the server started.
   *
   * @param orchestrator the engine
   * @return the routes
   */
  public static List<Route> orchestratorRoutes(MecOrchestrator orchestrator) {
    List<Route> all = new java.util.ArrayList<>(new Mm1HttpBinding(orchestrator).routes());
    all.addAll(new AmsHttpBinding(orchestrator).routes());
    return List.copyOf(all);
  }

  public static MecHttpServer start(MecOrchestrator orchestrator, MecHttpServer.Builder server) {
    MecHttpServer s = server.build();
    s.addRoutes(orchestratorRoutes(orchestrator));
    s.start();
    orchestrator.baseUri(s.baseUri());
    return s;
  }

  /**
   * Every route of both APIs.
   *
   * @return the routes
   */
  public List<Route> routes() {
    String inst = LCM + "/app_instances/{appInstanceId}";
    String occ = LCM + "/app_lcm_op_occs/{appLcmOpOccId}";
    return List.of(
        Route.write("POST", LCM + "/app_instances", c -> {
          operator(c);
          AppInstanceInfo i = meo.createAppInstance(JsonBodies.read(c, CreateAppInstanceRequest.class));
          return HttpReply.created(i.links().self().href(), i);
        }),
        Route.read("GET", LCM + "/app_instances", c -> {
          operator(c);
          return json(AttributeSelector.select(meo.appInstances(), c, "", Set.of("vimConnectionInfo")));
        }),
        Route.read("GET", inst, c -> {
          operator(c);
          return HttpReply.ok(meo.appInstance(id(c)));
        }),
        Route.action("DELETE", inst, c -> {
          operator(c);
          meo.deleteAppInstance(id(c));
          return HttpReply.noContent();
        }),
        Route.write("POST", inst + "/instantiate", c -> {
          operator(c);
          return accepted(meo.instantiate(id(c), readInstantiate(c)));
        }),
        Route.write("POST", inst + "/terminate", c -> {
          operator(c);
          return accepted(meo.terminate(id(c), JsonBodies.read(c, TerminateAppRequest.class)));
        }),
        Route.write("POST", inst + "/operate", c -> {
          operator(c);
          return accepted(meo.operate(id(c), JsonBodies.read(c, OperateAppRequest.class)));
        }),
        Route.write("POST", inst + "/configure_platform_for_app", c -> {
          operator(c);
          return accepted(meo.configurePlatformForApp(id(c), JsonBodies.read(c, ConfigPlatformForAppRequest.class)));
        }),
        Route.write("POST", LCM + "/subscriptions", c -> {
          operator(c);
          Versioned<Object> v = meo.subscribe(readSubscription(c));
          return HttpReply.created(meo.lcmBase() + "/subscriptions/" + v.id(), v.value());
        }),
        Route.read("GET", LCM + "/subscriptions", c -> {
          operator(c);
          return HttpReply.ok(meo.subscriptions(subscriptionType(c)));
        }),
        Route.read("GET", LCM + "/subscriptions/{subscriptionId}", c -> {
          operator(c);
          return HttpReply.ok(meo.subscription(c.pathParam("subscriptionId")));
        }),
        Route.action("DELETE", LCM + "/subscriptions/{subscriptionId}", c -> {
          operator(c);
          meo.unsubscribe(c.pathParam("subscriptionId"));
          return HttpReply.noContent();
        }),
        Route.write("POST", LCM + "/user_defined_notification", c -> {
          operator(c);
          meo.acceptNotification(readNotification(c));
          return HttpReply.noContent();
        }),
        Route.read("GET", LCM + "/app_lcm_op_occs", c -> {
          operator(c);
          List<ObjectNode> all = meo.opOccurrences().stream().map(Mm1HttpBinding::opJson).toList();
          return json(AttributeSelector.select(all, c, "1", Set.of("operationParams")));
        }),
        Route.read("GET", occ, c -> {
          operator(c);
          return json(opJson(meo.opOccurrence(c.pathParam("appLcmOpOccId"))));
        }),
        Route.write("POST", occ + "/cancel", c -> {
          operator(c);
          meo.cancel(c.pathParam("appLcmOpOccId"), JsonBodies.read(c, CancelMode.class));
          return new HttpReply(202, null, Map.of(), new byte[0]);
        }),
        Route.action("POST", occ + "/fail", c -> {
          operator(c);
          return json(opJson(meo.fail(c.pathParam("appLcmOpOccId"))));
        }),
        Route.action("POST", occ + "/retry", c -> {
          operator(c);
          meo.retry(c.pathParam("appLcmOpOccId"));
          return new HttpReply(202, null, Map.of(), new byte[0]);
        }),
        // ---- MEC 010-2 granting
        Route.write("POST", GRANTING + "/grants", c -> {
          operator(c);
          Grant g = meo.grant(JsonBodies.read(c, GrantRequest.class));
          return HttpReply.created(meo.baseUri().map(Object::toString).orElse("") + GRANTING + "/grants/" + g.id(),
              g);
        }),
        Route.read("GET", GRANTING + "/grants/{grantId}", c -> {
          operator(c);
          return HttpReply.ok(meo.grantInfo(c.pathParam("grantId")));
        }));
  }

  private void operator(HttpCall c) {
    Caller caller = meo.authenticate(c.header("authorization"));
    if (caller.kind() == Caller.Kind.APP) {
      throw new MecForbiddenException("Application instance tokens may not use the orchestrator's Mm1 APIs: use an"
          + " operator (platform) token");
    }
  }

  private static String id(HttpCall c) {
    return c.pathParam("appInstanceId");
  }

  private static HttpReply accepted(LcmOpOccurrence op) {
    return new HttpReply(202, null, Map.of("Location", op.opOcc().links().self().href()), new byte[0]);
  }

  private static HttpReply json(JsonNode n) {
    return HttpReply.okBytes(MecJson.writeBytes(n));
  }

  /** The occurrence as on the wire: the {@code AppLcmOpOcc} plus {@code error} once it failed. */
  static ObjectNode opJson(LcmOpOccurrence op) {
    ObjectNode n = MecJson.mapper().valueToTree(op.opOcc());
    if (op.error() != null) {
      n.set("error", MecJson.mapper().valueToTree(op.error()));
    }
    return n;
  }

  /** Reads an InstantiateAppRequest whose {@code selectedMECHostInfo} may be absent (Mm1: the MEO selects). */
  private static InstantiateAppRequest readInstantiate(HttpCall c) {
    JsonNode n = JsonBodies.read(c, JsonNode.class);
    if (n instanceof ObjectNode o && !o.has("selectedMECHostInfo")) {
      ObjectNode copy = o.deepCopy();
      copy.putArray("selectedMECHostInfo").addObject().putObject("hostId");
      InstantiateAppRequest r = JsonBodies.read(withBody(c, copy), InstantiateAppRequest.class);
      return r.toBuilder().selectedMECHostInfo(null).build();
    }
    return JsonBodies.read(c, InstantiateAppRequest.class);
  }

  private static HttpCall withBody(HttpCall c, JsonNode body) {
    return new HttpCall(c.method(), c.path(), c.pathParams(), c.query(), c.headers(), MecJson.writeBytes(body));
  }

  private static Object readSubscription(HttpCall c) {
    String type = discriminator(c, "subscriptionType");
    return switch (type) {
      case AppInstSubscriptionRequest.SUBSCRIPTION_TYPE -> JsonBodies.read(c, AppInstSubscriptionRequest.class);
      case AppLcmOpOccSubscriptionRequest.SUBSCRIPTION_TYPE -> JsonBodies.read(c, AppLcmOpOccSubscriptionRequest.class);
      case AppInstIdCreationSubscriptionRequest.SUBSCRIPTION_TYPE ->
          JsonBodies.read(c, AppInstIdCreationSubscriptionRequest.class);
      case AppInstIdDeletionSubscriptionRequest.SUBSCRIPTION_TYPE ->
          JsonBodies.read(c, AppInstIdDeletionSubscriptionRequest.class);
      default -> throw new MecBadRequestException("subscriptionType must be one of "
          + AppInstSubscriptionRequest.SUBSCRIPTION_TYPE + ", " + AppLcmOpOccSubscriptionRequest.SUBSCRIPTION_TYPE
          + ", " + AppInstIdCreationSubscriptionRequest.SUBSCRIPTION_TYPE + ", "
          + AppInstIdDeletionSubscriptionRequest.SUBSCRIPTION_TYPE + "; was " + type);
    };
  }

  private static Object readNotification(HttpCall c) {
    String type = discriminator(c, "notificationType");
    Object n = switch (type) {
      case AppInstNotification.NOTIFICATION_TYPE -> JsonBodies.read(c, AppInstNotification.class);
      case AppLcmOpOccNotification.NOTIFICATION_TYPE -> JsonBodies.read(c, AppLcmOpOccNotification.class);
      case AppInstanceIdentifierCreationNotification.NOTIFICATION_TYPE ->
          JsonBodies.read(c, AppInstanceIdentifierCreationNotification.class);
      case AppInstanceIdentifierDeletionNotification.NOTIFICATION_TYPE ->
          JsonBodies.read(c, AppInstanceIdentifierDeletionNotification.class);
      default -> throw new MecBadRequestException("notificationType must be one of "
          + AppInstNotification.NOTIFICATION_TYPE + ", " + AppLcmOpOccNotification.NOTIFICATION_TYPE + ", "
          + AppInstanceIdentifierCreationNotification.NOTIFICATION_TYPE + ", "
          + AppInstanceIdentifierDeletionNotification.NOTIFICATION_TYPE + "; was " + type);
    };
    return n;
  }

  private static String discriminator(HttpCall c, String field) {
    JsonNode n = JsonBodies.read(c, JsonNode.class);
    if (!n.isObject()) {
      throw new MecBadRequestException("Request body must be a JSON object");
    }
    JsonNode t = n.get(field);
    if (t == null || !t.isTextual()) {
      throw new MecBadRequestException(field + " is required and must be a string");
    }
    return t.asText();
  }

  private static @Nullable AppInstanceSubscriptionType subscriptionType(HttpCall c) {
    String t = c.queryValue("subscriptiontype");
    if (t == null) {
      return null;
    }
    return switch (t) {
      case AppInstSubscriptionRequest.SUBSCRIPTION_TYPE ->
          AppInstanceSubscriptionType.APP_INSTANCE_STATE_CHANGE_SUBSCRIPTION;
      case AppLcmOpOccSubscriptionRequest.SUBSCRIPTION_TYPE ->
          AppInstanceSubscriptionType.APP_LCM_OP_OCC_STATE_CHANGE_SUBSCRIPTION;
      case AppInstIdCreationSubscriptionRequest.SUBSCRIPTION_TYPE ->
          AppInstanceSubscriptionType.APP_IDENTIFIER_CREATION_SUBSCRIPTION;
      case AppInstIdDeletionSubscriptionRequest.SUBSCRIPTION_TYPE ->
          AppInstanceSubscriptionType.APP_IDENTIFIER_DELETION_SUBSCRIPTION;
      default -> throw new MecBadRequestException("subscriptiontype must be one of "
          + AppInstSubscriptionRequest.SUBSCRIPTION_TYPE + ", " + AppLcmOpOccSubscriptionRequest.SUBSCRIPTION_TYPE
          + ", " + AppInstIdCreationSubscriptionRequest.SUBSCRIPTION_TYPE + ", "
          + AppInstIdDeletionSubscriptionRequest.SUBSCRIPTION_TYPE + "; was " + t);
    };
  }
}
