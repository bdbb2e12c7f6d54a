package io.mec4j.platform.mep;

import static io.mec4j.platform.mep.Mp1Server.AS;
import static io.mec4j.platform.mep.Mp1Server.SM;
import static io.mec4j.platform.mep.Mp1Server.serviceJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.mec4j.platform.mep.Mp1Server.Res;
import io.mec4j.platform.spi.Authorizer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each application instance only sees and changes its own registrations, rules and subscriptions. */
class AuthorizationIT {

  private Mp1Server s;
  private String tokenA;
  private String tokenB;
  private String serviceOfA;

  @BeforeEach
  void start() {
    s = new Mp1Server(b -> b);
    s.platform.provisionApp(AppProvisioning.builder("app-a", "a")
        .addTrafficRule(io.mec4j.model.MecJson.read(AppSupportIT.TRAFFIC_RULE.formatted("ACTIVE"),
            io.mec4j.model.mp1.TrafficRule.class))
        .addDnsRule(io.mec4j.model.MecJson.read(AppSupportIT.DNS_RULE.formatted("ACTIVE"),
            io.mec4j.model.mp1.DnsRule.class))
        .build());
    s.platform.provisionApp(AppProvisioning.builder("app-b", "b").build());
    tokenA = s.platform.issueToken("app-a");
    tokenB = s.platform.issueToken("app-b");
    serviceOfA = s.post(SM + "/applications/app-a/services", tokenA, serviceJson("rnis")).json()
        .get("serInstanceId").asText();
  }

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void otherAppsResources_areForbidden() {
    List<Res> attempts = List.of(
        s.post(SM + "/applications/app-a/services", tokenB, serviceJson("fake")),
        s.get(SM + "/applications/app-a/services", tokenB),
        s.get(SM + "/applications/app-a/services/" + serviceOfA, tokenB),
        s.put(SM + "/applications/app-a/services/" + serviceOfA, tokenB, serviceJson("rnis")),
        s.delete(SM + "/applications/app-a/services/" + serviceOfA, tokenB),
        s.get(SM + "/applications/app-a/subscriptions", tokenB),
        s.get(SM + "/services/" + serviceOfA + "/liveness", tokenB),
        s.get(AS + "/applications/app-a/subscriptions", tokenB),
        s.get(AS + "/applications/app-a/traffic_rules", tokenB),
        s.put(AS + "/applications/app-a/traffic_rules/tr-1", tokenB, AppSupportIT.TRAFFIC_RULE.formatted("INACTIVE")),
        s.get(AS + "/applications/app-a/dns_rules/dns-1", tokenB),
        s.post(AS + "/applications/app-a/confirm_ready", tokenB, "{\"indication\":\"READY\"}"),
        s.post(AS + "/applications/app-a/confirm_termination", tokenB, "{\"operationAction\":\"TERMINATING\"}"),
        s.post(AS + "/registrations", tokenB, "{\"appName\":\"x\",\"appInstanceId\":\"app-a\"}"),
        s.get(AS + "/registrations/app-a", tokenB));

    assertThat(attempts).allSatisfy(r -> {
      assertThat(r.status()).as(r.body()).isEqualTo(403);
      assertThat(r.contentType()).startsWith("application/problem+json");
    });
    assertThat(s.get(SM + "/services/" + serviceOfA, tokenA).json().get("serName").asText()).isEqualTo("rnis");
    assertThat(s.get(AS + "/applications/app-a/traffic_rules/tr-1", tokenA).json().get("state").asText())
        .isEqualTo("ACTIVE");
  }

  @Test
  void sharedInformation_isReadableByEveryApp() {
    assertThat(s.get(SM + "/services", tokenB).json()).hasSize(1);
    assertThat(s.get(SM + "/services/" + serviceOfA, tokenB).status()).isEqualTo(200);
    assertThat(s.get(SM + "/transports", tokenB).status()).isEqualTo(200);
    assertThat(s.get(AS + "/timing/current_time", tokenB).status()).isEqualTo(200);
  }

  @Test
  void missingOrForgedOrWrongSchemeTokens_return401() {
    String forged = tokenB.substring(0, tokenB.lastIndexOf('.') + 1) + "AAAA";
    String otherPlatform = new io.mec4j.platform.spi.HmacTokenAuthorizer(java.time.Clock.systemUTC(),
        java.time.Duration.ofHours(1)).issueToken("app-a");

    assertThat(s.get(SM + "/services", null).status()).isEqualTo(401);
    assertThat(s.get(SM + "/services", forged).status()).isEqualTo(401);
    assertThat(s.get(SM + "/services", otherPlatform).status()).isEqualTo(401);
    assertThat(s.get(SM + "/services", "not-a-jwt").status()).isEqualTo(401);
    assertThat(s.send("GET", SM + "/services", null, null, "Authorization", "Basic dXNlcjpwYXNz").status())
        .isEqualTo(401);
  }

  @Test
  void platformToken_mayActForAnyApp() {
    String platform = s.platform.authorizer().issuePlatformToken();

    assertThat(s.get(SM + "/applications/app-a/services", platform).status()).isEqualTo(200);
    assertThat(s.get(AS + "/applications/app-a/traffic_rules", platform).status()).isEqualTo(200);
  }

  @Test
  void openMode_needsNoToken_andAutoProvisionsApps() {
    s.close();
    s = new Mp1Server(b -> b.authorizer(Authorizer.open()));

    Res r = s.post(SM + "/applications/dev-app/services", null, serviceJson("rnis"));

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(s.platform.findApp("dev-app")).isPresent();
    assertThat(s.get(SM + "/applications/never-seen/services", null).status()).isEqualTo(404);
    assertThat(s.platform.findApp("never-seen")).isEmpty();
  }
}
