package io.mec4j.platform.meo;

import com.fasterxml.jackson.databind.JsonNode;
import io.mec4j.model.common.ProblemDetails;
import io.mec4j.model.error.MecBadRequestException;
import io.mec4j.model.error.MecServiceException;
import io.mec4j.model.ams.MobilityProcedureSubscription;
import io.mec4j.model.ams.RegistrationInfo;
import io.mec4j.platform.http.HttpCall;
import io.mec4j.platform.http.HttpReply;
import io.mec4j.platform.http.JsonBodies;
import io.mec4j.platform.http.Route;
import io.mec4j.platform.spi.Caller;
import io.mec4j.platform.spi.Versioned;
import java.util.List;
import java.util.Objects;

/**
 * The HTTP binding of the part of MEC 021 (application mobility service, {@value MecOrchestrator#AMS_PATH}) that
 * application state relocation uses: registrations ({@code app_mobility_services}) and mobility procedure
 * subscriptions. Applications call it with the token the orchestrator gives them in {@code MEC_AMS_TOKEN} and see
 * only their own resources; operator tokens see everything.
 *
 * <p>Not served: {@code deregister_task}, {@code queries/adjacent_app_instances}, {@code PUT /subscriptions/{id}},
 * adjacent application information subscriptions and websocket delivery (see {@code docs/spec-deviations.md}).
 */
public final class AmsHttpBinding {

  private static final String AMS = MecOrchestrator.AMS_PATH;

  private final MecOrchestrator meo;

  /**
   * A binding for an orchestrator's mobility service.
   *
   * @param orchestrator the engine
   */
  public AmsHttpBinding(MecOrchestrator orchestrator) {
    this.meo = Objects.requireNonNull(orchestrator, "orchestrator");
  }

  /**
   * The routes.
   *
   * @return the routes
   */
  public List<Route> routes() {
    AppMobilityService ams = meo.ams();
    String reg = AMS + "/app_mobility_services/{appMobilityServiceId}";
    return List.of(
        Route.read("GET", AMS + "/app_mobility_services", c -> HttpReply.ok(ams.registrations(caller(c)))),
        Route.write("POST", AMS + "/app_mobility_services", c -> {
          RegistrationInfo r = ams.register(caller(c), JsonBodies.read(c, RegistrationInfo.class));
          return HttpReply.created(base() + "/app_mobility_services/" + r.appMobilityServiceId(), r);
        }),
        Route.read("GET", reg, c -> HttpReply.ok(ams.registration(caller(c), c.pathParam("appMobilityServiceId")))),
        Route.write("PUT", reg, c -> HttpReply.ok(ams.updateRegistration(caller(c),
            c.pathParam("appMobilityServiceId"), JsonBodies.read(c, RegistrationInfo.class)))),
        Route.action("DELETE", reg, c -> {
          ams.deregister(caller(c), c.pathParam("appMobilityServiceId"));
          return HttpReply.noContent();
        }),
        Route.read("GET", AMS + "/subscriptions", c -> HttpReply.ok(ams.subscriptionList(caller(c)))),
        Route.write("POST", AMS + "/subscriptions", c -> {
          Caller caller = caller(c);
          JsonNode n = JsonBodies.read(c, JsonNode.class);
          String type = n.isObject() && n.path("subscriptionType").isTextual() ? n.get("subscriptionType").asText()
              : null;
          if (type == null) {
            throw new MecBadRequestException("subscriptionType is required and must be a string");
          }
          if (type.equals("AdjacentAppInfoSubscription")) {
            throw new MecServiceException(422, ProblemDetails.of(422, "Unprocessable Content",
                "This mobility service supports MobilityProcedureSubscription only"));
          }
          Versioned<MobilityProcedureSubscription> v = ams.subscribe(caller, JsonBodies.read(c,
              MobilityProcedureSubscription.class));
          return HttpReply.created(base() + "/subscriptions/" + v.id(), v.value());
        }),
        Route.read("GET", AMS + "/subscriptions/{subscriptionId}", c -> HttpReply.ok(ams.subscription(caller(c),
            c.pathParam("subscriptionId")))),
        Route.action("DELETE", AMS + "/subscriptions/{subscriptionId}", c -> {
          ams.unsubscribe(caller(c), c.pathParam("subscriptionId"));
          return HttpReply.noContent();
        }));
  }

  private String base() {
    return meo.baseUri().map(Object::toString).orElse("") + AMS;
  }

  private Caller caller(HttpCall c) {
    return meo.authenticate(c.header("authorization"));
  }
}
