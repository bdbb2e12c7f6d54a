package io.mec4j.platform.meo;

import static org.assertj.core.api.Assertions.assertThat;

import io.mec4j.platform.meo.MeoFixture.Res;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The MEC 021 mobility service part the orchestrator serves, as applications use it. */
class AmsHttpIT {

  static final String AMS = MecOrchestrator.AMS_PATH;
  static final String REG = """
      {"serviceConsumerId":{"appInstanceId":"%s"},"deviceInformation":[{"associateId":{"type":1,"value":"10.0.0.1"},
       "contextTransferState":%d}]}""";
  static final String SUB = """
      {"subscriptionType":"MobilityProcedureSubscription","callbackReference":"http://127.0.0.1:9/cb",
       "filterCriteria":{"appInstanceId":"%s","mobilityStatus":[1,2]}}""";

  private MeoFixture f;
  private String tokenA;
  private String tokenB;

  @BeforeEach
  void start() {
    f = new MeoFixture(List.of(MeoFixture.host("edge-1")), b -> b);
    tokenA = f.meo.authorizer().issueToken("app-a");
    tokenB = f.meo.authorizer().issueToken("app-b");
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void registrations_areOwnedByTheirApplication() {
    Res created = f.send("POST", AMS + "/app_mobility_services", tokenA, REG.formatted("app-a", 0));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("appMobilityServiceId").asText();
    String path = AMS + "/app_mobility_services/" + id;
    assertThat(created.header("Location")).isEqualTo(f.server.baseUri() + path);

    assertThat(f.send("GET", AMS + "/app_mobility_services", tokenA, null).json()).hasSize(1);
    assertThat(f.send("GET", AMS + "/app_mobility_services", tokenB, null).json()).isEmpty();
    assertThat(f.send("GET", AMS + "/app_mobility_services", f.token, null).json()).hasSize(1);
    assertThat(f.send("GET", path, tokenB, null).status()).isEqualTo(404);
    assertThat(f.send("PUT", path, tokenB, REG.formatted("app-b", 1)).status()).isEqualTo(404);

    Res updated = f.send("PUT", path, tokenA, REG.formatted("app-a", 1));
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(updated.json().path("deviceInformation").get(0).get("contextTransferState").asInt()).isEqualTo(1);
    assertThat(f.send("GET", path, tokenA, null).json()).isEqualTo(updated.json());

    assertThat(f.send("DELETE", path, tokenB, null).status()).isEqualTo(404);
    assertThat(f.send("DELETE", path, tokenA, null).status()).isEqualTo(204);
    assertThat(f.send("GET", path, tokenA, null).status()).isEqualTo(404);
  }

  @Test
  void registrations_badInput() {
    String[][] cases = {
        {"{\"serviceConsumerId\":", "400", "Malformed"},
        {"{}", "400", "serviceConsumerId"},
        {"{\"serviceConsumerId\":{}}", "400", "appInstanceId"},
        {"{\"appMobilityServiceId\":\"x\",\"serviceConsumerId\":{\"appInstanceId\":\"app-a\"}}", "400",
            "assigned"},
        {REG.formatted("app-b", 0), "403", "app-b"},
        {REG.formatted("app-a", 7).replace("\"contextTransferState\":7", "\"contextTransferState\":\"x\""), "400",
            "contextTransferState"},
    };
    for (String[] c : cases) {
      Res r = f.send("POST", AMS + "/app_mobility_services", tokenA, c[0]);
      assertThat(r.status()).as(c[0] + " " + r.body()).isEqualTo(Integer.parseInt(c[1]));
      assertThat(r.json().get("detail").asText()).as(c[0]).contains(c[2]);
    }
    assertThat(f.send("GET", AMS + "/app_mobility_services", null, null).status()).isEqualTo(401);
    assertThat(f.send("GET", AMS + "/app_mobility_services", f.token, null).json()).isEmpty();
  }

  @Test
  void subscriptions_createListReadDelete() {
    Res created = f.send("POST", AMS + "/subscriptions", tokenA, SUB.formatted("app-a"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String self = created.json().path("_links").path("self").path("href").asText();
    assertThat(created.header("Location")).isEqualTo(self);
    String path = self.substring(f.server.baseUri().toString().length());

    Res list = f.send("GET", AMS + "/subscriptions", tokenA, null);
    assertThat(list.json().path("_links").path("subscription")).hasSize(1);
    assertThat(f.send("GET", AMS + "/subscriptions", tokenB, null).json().path("_links").path("subscription"))
        .isEmpty();
    assertThat(f.send("GET", path, tokenA, null).json()).isEqualTo(created.json());
    assertThat(f.send("GET", path, tokenB, null).status()).isEqualTo(404);
    assertThat(f.send("DELETE", path, tokenA, null).status()).isEqualTo(204);
    assertThat(f.send("GET", path, tokenA, null).status()).isEqualTo(404);
  }

  @Test
  void subscriptions_badInput() {
    Res other = f.send("POST", AMS + "/subscriptions", tokenA, SUB.formatted("app-b"));
    assertThat(other.status()).isEqualTo(403);
    Res adjacent = f.send("POST", AMS + "/subscriptions", tokenA, """
        {"subscriptionType":"AdjacentAppInfoSubscription","callbackReference":"http://127.0.0.1:9/cb",
         "filterCriteria":{"appInstanceId":"app-a"}}""");
    assertThat(adjacent.status()).isEqualTo(422);
    Res noCallback = f.send("POST", AMS + "/subscriptions", tokenA,
        SUB.formatted("app-a").replace("\"callbackReference\":\"http://127.0.0.1:9/cb\",", ""));
    assertThat(noCallback.status()).isEqualTo(400);
    assertThat(noCallback.json().get("detail").asText()).contains("callbackReference");
    assertThat(f.send("POST", AMS + "/subscriptions", tokenA, SUB.formatted("app-a")
        .replace("[1,2]", "[9]")).status()).isEqualTo(400);
    assertThat(f.send("POST", AMS + "/subscriptions", tokenA, "{\"subscriptionType\":\"Other\","
        + "\"filterCriteria\":{}}").status()).isEqualTo(400);
    assertThat(f.send("POST", AMS + "/subscriptions", tokenA, "[1]").status()).isEqualTo(400);
    assertThat(f.send("GET", AMS + "/subscriptions", f.token, null).json().path("_links").path("subscription"))
        .isEmpty();
  }
}
