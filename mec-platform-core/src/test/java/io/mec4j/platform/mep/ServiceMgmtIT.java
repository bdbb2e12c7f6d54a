package io.mec4j.platform.mep;

import static io.mec4j.platform.mep.Mp1Server.SM;
import static io.mec4j.platform.mep.Mp1Server.serviceJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mec4j.platform.mep.Mp1Server.Res;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MEC 011 service management over real HTTP on loopback. */
class ServiceMgmtIT {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
  private Mp1Server s;
  private String tokenA;
  private String tokenB;

  @BeforeEach
  void start() {
    s = new Mp1Server(b -> b.clock(clock).liveness(Duration.ofSeconds(30), 2.0, Duration.ZERO));
    s.platform.provisionApp(AppProvisioning.builder("app-a", "rnis-producer").build());
    s.platform.provisionApp(AppProvisioning.builder("app-b", "consumer").build());
    tokenA = s.platform.issueToken("app-a");
    tokenB = s.platform.issueToken("app-b");
  }

  @AfterEach
  void stop() {
    s.close();
  }

  private JsonNode register(String token, String app, String name) {
    Res r = s.post(SM + "/applications/" + app + "/services", token, serviceJson(name));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  @Test
  void register_returns201WithLocationEtagIdAndLinks() {
    Res r = s.post(SM + "/applications/app-a/services", tokenA, serviceJson("rnis"));

    assertThat(r.status()).isEqualTo(201);
    JsonNode body = r.json();
    String id = body.get("serInstanceId").asText();
    assertThat(id).isNotBlank();
    assertThat(r.header("Location")).isEqualTo(s.server.baseUri() + SM + "/services/" + id);
    assertThat(r.header("ETag")).isEqualTo("\"1\"");
    assertThat(body.at("/_links/self/href").asText()).isEqualTo(r.header("Location"));
    assertThat(body.get("isLocal").asBoolean()).isTrue();
    assertThat(r.contentType()).startsWith("application/json");
  }

  @Test
  void register_withSerInstanceId_returns400AndStoresNothing() {
    ObjectNode body = (ObjectNode) Mp1Server.Res.class.cast(new Res(0, java.util.Map.of(), serviceJson("rnis")))
        .json();
    body.put("serInstanceId", "mine");

    Res r = s.post(SM + "/applications/app-a/services", tokenA, body.toString());

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("detail").asText()).contains("serInstanceId");
    assertThat(s.get(SM + "/services", tokenA).json()).isEmpty();
  }

  @Test
  void register_duplicateName_returns409() {
    register(tokenA, "app-a", "rnis");

    Res r = s.post(SM + "/applications/app-a/services", tokenA, serviceJson("rnis"));

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().get("detail").asText()).contains("already registered");
  }

  @Test
  void register_missingRequiredFields_reportsAllAtOnce() {
    Res r = s.post(SM + "/applications/app-a/services", tokenA, "{\"serName\":\"x\"}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("detail").asText()).contains("version", "state", "serializer");
  }

  @Test
  void register_withTransportId_usesPlatformTransport() {
    String body = """
        {"serName":"loc","version":"1","state":"ACTIVE","serializer":"JSON","transportId":"mec4j-rest-http"}""";

    Res r = s.post(SM + "/applications/app-a/services", tokenA, body);

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().at("/transportInfo/id").asText()).isEqualTo("mec4j-rest-http");
    assertThat(r.json().has("transportId")).isFalse();
    assertThat(s.post(SM + "/applications/app-a/services", tokenA, body.replace("mec4j-rest-http", "nope")).status())
        .isEqualTo(400);
  }

  @Test
  void transports_listsPlatformTransport() {
    Res r = s.get(SM + "/transports", tokenB);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get(0).get("type").asText()).isEqualTo("REST_HTTP");
    assertThat(r.json().get(0).at("/endpoint/uris/0").asText()).isEqualTo(s.server.baseUri().toString());
  }

  @Test
  void query_filtersByEverySpecParameter() {
    String rnis = register(tokenA, "app-a", "rnis").get("serInstanceId").asText();
    String loc = register(tokenA, "app-a", "location").get("serInstanceId").asText();

    assertThat(names(s.get(SM + "/services", tokenB))).containsExactly("rnis", "location");
    assertThat(names(s.get(SM + "/services?ser_name=location", tokenB))).containsExactly("location");
    assertThat(names(s.get(SM + "/services?ser_name=rnis,location", tokenB))).containsExactly("rnis", "location");
    assertThat(names(s.get(SM + "/services?ser_instance_id=" + loc + "&ser_instance_id=" + rnis, tokenB)))
        .containsExactly("rnis", "location");
    assertThat(names(s.get(SM + "/services?ser_category_id=cat-rnis", tokenB))).containsExactly("rnis");
    assertThat(names(s.get(SM + "/services?scope_of_locality=MEC_HOST", tokenB))).hasSize(2);
    assertThat(names(s.get(SM + "/services?scope_of_locality=ZONE", tokenB))).isEmpty();
    assertThat(names(s.get(SM + "/services?consumed_local_only=true", tokenB))).hasSize(2);
    assertThat(names(s.get(SM + "/services?consumed_local_only=false", tokenB))).isEmpty();
    assertThat(names(s.get(SM + "/services?is_local=true", tokenB))).hasSize(2);
    assertThat(names(s.get(SM + "/services?is_local=false", tokenB))).isEmpty();
    assertThat(names(s.get(SM + "/applications/app-a/services?ser_name=rnis", tokenA))).containsExactly("rnis");
  }

  @Test
  void query_badParameters_return400() {
    assertThat(s.get(SM + "/services?ser_name=a&ser_category_id=b", tokenB).status()).isEqualTo(400);
    assertThat(s.get(SM + "/services?is_local=maybe", tokenB).status()).isEqualTo(400);
    assertThat(s.get(SM + "/services?scope_of_locality=GALAXY", tokenB).status()).isEqualTo(400);
  }

  @Test
  void getService_unknownId_returns404() {
    Res r = s.get(SM + "/services/nope", tokenB);

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("status").asInt()).isEqualTo(404);
  }

  @Test
  void update_withMatchingIfMatch_changesAndBumpsEtag() {
    JsonNode created = register(tokenA, "app-a", "rnis");
    String id = created.get("serInstanceId").asText();
    ObjectNode changed = created.deepCopy();
    changed.put("version", "3.0.0");

    Res r = s.put(SM + "/applications/app-a/services/" + id, tokenA, changed.toString(), "If-Match", "\"1\"");

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.header("ETag")).isEqualTo("\"2\"");
    assertThat(s.get(SM + "/services/" + id, tokenB).json().get("version").asText()).isEqualTo("3.0.0");
  }

  @Test
  void update_withStaleIfMatch_returns412AndKeepsService() {
    JsonNode created = register(tokenA, "app-a", "rnis");
    String id = created.get("serInstanceId").asText();
    ObjectNode changed = created.deepCopy();
    changed.put("version", "3.0.0");

    Res r = s.put(SM + "/applications/app-a/services/" + id, tokenA, changed.toString(), "If-Match", "\"7\"");

    assertThat(r.status()).isEqualTo(412);
    assertThat(s.get(SM + "/services/" + id, tokenB).json().get("version").asText()).isEqualTo("2.2.1");
  }

  @Test
  void registerOrUpdate_negativeLivenessInterval_returns400AndKeepsService() {
    ObjectNode bad = (ObjectNode) new Res(0, java.util.Map.of(), serviceJson("rnis")).json();
    bad.put("livenessInterval", -5);
    assertThat(s.post(SM + "/applications/app-a/services", tokenA, bad.toString()).status()).isEqualTo(400);

    JsonNode created = register(tokenA, "app-a", "rnis");
    ObjectNode changed = created.deepCopy();
    changed.put("livenessInterval", -5);
    Res r = s.put(SM + "/applications/app-a/services/" + created.get("serInstanceId").asText(), tokenA,
        changed.toString());

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("detail").asText()).contains("livenessInterval");
    assertThat(s.get(SM + "/services/" + created.get("serInstanceId").asText(), tokenB).header("ETag"))
        .isEqualTo("\"1\"");
  }

  @Test
  void update_changingSerName_returns400() {
    JsonNode created = register(tokenA, "app-a", "rnis");
    ObjectNode changed = created.deepCopy();
    changed.put("serName", "other");

    Res r = s.put(SM + "/applications/app-a/services/" + created.get("serInstanceId").asText(), tokenA,
        changed.toString());

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("detail").asText()).contains("serName");
  }

  @Test
  void appService_getAndDelete_thenGone() {
    String id = register(tokenA, "app-a", "rnis").get("serInstanceId").asText();

    assertThat(s.get(SM + "/applications/app-a/services/" + id, tokenA).header("ETag")).isEqualTo("\"1\"");
    assertThat(s.delete(SM + "/applications/app-a/services/" + id, tokenA).status()).isEqualTo(204);
    assertThat(s.get(SM + "/applications/app-a/services/" + id, tokenA).status()).isEqualTo(404);
    assertThat(s.delete(SM + "/applications/app-a/services/" + id, tokenA).status()).isEqualTo(404);
  }

  @Test
  void liveness_heartbeatsKeepActive_missedBeatsSuspend_resumeRestores() {
    ObjectNode body = (ObjectNode) new Res(0, java.util.Map.of(), serviceJson("rnis")).json();
    body.put("livenessInterval", 10);
    Res created = s.post(SM + "/applications/app-a/services", tokenA, body.toString());
    String liveness = created.json().at("/_links/liveness/href").asText();
    assertThat(liveness).endsWith("/liveness");
    String path = liveness.substring(s.server.baseUri().toString().length());

    Res info = s.get(path, tokenA);
    assertThat(info.json().get("interval").asInt()).isEqualTo(10);
    assertThat(info.json().get("state").asText()).isEqualTo("ACTIVE");

    clock.advance(Duration.ofSeconds(15));
    assertThat(s.send("PATCH", path, tokenA, "{\"state\":\"ACTIVE\"}").status()).isEqualTo(204);
    clock.advance(Duration.ofSeconds(15));
    assertThat(s.platform.checkLiveness()).isZero();

    clock.advance(Duration.ofSeconds(10));
    assertThat(s.platform.checkLiveness()).isEqualTo(1);
    assertThat(s.get(path, tokenA).json().get("state").asText()).isEqualTo("SUSPENDED");
    assertThat(s.get(created.header("Location").substring(s.server.baseUri().toString().length()), tokenB).json()
        .get("state").asText()).isEqualTo("SUSPENDED");

    assertThat(s.send("PATCH", path, tokenA, "{\"state\":\"ACTIVE\"}").status()).isEqualTo(204);
    assertThat(s.get(path, tokenA).json().get("state").asText()).isEqualTo("ACTIVE");
    assertThat(s.send("PATCH", path, tokenA, "{\"state\":\"INACTIVE\"}").status()).isEqualTo(400);
    assertThat(s.get(path, tokenB).status()).isEqualTo(403);
  }

  @Test
  void liveness_ofServiceWithoutHeartbeats_returns404() {
    String id = register(tokenA, "app-a", "rnis").get("serInstanceId").asText();

    assertThat(s.get(SM + "/services/" + id + "/liveness", tokenA).status()).isEqualTo(404);
  }

  private static java.util.List<String> names(Res r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    java.util.List<String> out = new java.util.ArrayList<>();
    r.json().forEach(n -> out.add(n.get("serName").asText()));
    return out;
  }
}
