package io.mec4j.platform.meo.pkg;

import static io.mec4j.platform.meo.pkg.PkgServer.B;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mec4j.model.MecJson;
import io.mec4j.platform.meo.pkg.PkgServer.Res;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every path and method of MEC 010-2 application package management, over HTTP. */
class AppPkgMgmtIT {

  private PkgServer s;

  @BeforeEach
  void start() {
    s = new PkgServer(b -> b);
  }

  @AfterEach
  void stop() {
    s.close();
  }

  private static String sha256(byte[] b) {
    return AppPackageBuilder.checksumOf(b).hash();
  }

  // ------------------------------------------------------------------------------------------------ create, read

  @ParameterizedTest
  @ValueSource(strings = {"/app_packages", "/onboarded_app_packages"})
  void post_createsPackageInStateCreated_with201LocationAndEtag(String collection) {
    byte[] zip = Packages.valid("appd-1");
    Res r = s.post(B + collection, Packages.requestJson(zip));

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode info = r.json();
    String self = info.at("/_links/self/href").asText();
    assertThat(r.header("Location")).isEqualTo(self);
    assertThat(r.header("ETag")).isEqualTo("\"1\"");
    assertThat(self).isEqualTo(s.server.baseUri() + B + "/app_packages/" + info.get("id").asText());
    assertThat(info.at("/_links/appD/href").asText()).isEqualTo(self + "/appd");
    assertThat(info.at("/_links/appPkgContent/href").asText()).isEqualTo(self + "/package_content");
    assertThat(info.get("onboardingState").asText()).isEqualTo("CREATED");
    assertThat(info.get("operationalState").asText()).isEqualTo("DISABLED");
    assertThat(info.get("usageState").asText()).isEqualTo("NOT_IN_USE");
    assertThat(info.get("appName").asText()).isEqualTo("vision-edge");
    assertThat(info.at("/checksum/hash").asText()).isEqualTo(sha256(zip));
    assertThat(info.has("appDId")).isFalse();
    // while it has no AppD, the appDId tree names it by its package id
    String byPackageId = B + "/onboarded_app_packages/" + info.get("id").asText();
    Res byTree = s.get(byPackageId);
    assertThat(byTree.status()).isEqualTo(200);
    assertThat(byTree.json().get("id")).isEqualTo(info.get("id"));
    // and the content can be uploaded through either tree
    assertThat(s.putZip(byPackageId + "/package_content", zip).status()).isEqualTo(202);
    assertThat(s.awaitOnboardingEnd(byPackageId).get("appDId").asText()).isEqualTo("appd-1");
    assertThat(s.get(B + "/onboarded_app_packages/appd-1").json().get("id")).isEqualTo(info.get("id"));
  }

  @Test
  void put_onboardsPackage_andBothTreesServeIt() {
    byte[] zip = Packages.valid("appd-onboard");
    String self = s.create(zip);
    Res put = s.putZip(self + "/package_content", zip);
    assertThat(put.status()).as(put.toString()).isEqualTo(202);
    assertThat(put.bytes()).isEmpty();

    JsonNode info = s.awaitOnboardingEnd(self);
    assertThat(info.get("onboardingState").asText()).as(info.toString()).isEqualTo("ONBOARDED");
    assertThat(info.get("operationalState").asText()).isEqualTo("ENABLED");
    assertThat(info.get("appDId").asText()).isEqualTo("appd-onboard");
    assertThat(info.get("appDVersion").asText()).isEqualTo("1.3.0");
    assertThat(info.get("appSoftwareVersion").asText()).isEqualTo("4.2.1");
    assertThat(info.get("mecInfo")).extracting(JsonNode::asText).containsExactly("2.2.1", "3.1.1");
    assertThat(info.at("/softwareImages/0/swImage").asText()).isEqualTo("Artifacts/app.jar");
    assertThat(info.at("/softwareImages/0/checksum/hash").asText()).isEqualTo(sha256(Packages.JAR));
    assertThat(info.at("/softwareImages/0/size").asLong()).isEqualTo(Packages.JAR.length);
    assertThat(info.get("additionalArtifacts")).extracting(n -> n.get("artifactPath").asText())
        .containsExactly("APPD/appd.json", "Docs/README.txt");
    assertThat(info.has("signingCertificate")).isFalse();

    Res byId = s.get(self);
    assertThat(byId.header("ETag")).isNotNull();
    Res byAppD = s.get(B + "/onboarded_app_packages/appd-onboard");
    assertThat(byAppD.status()).isEqualTo(200);
    assertThat(byAppD.json()).isEqualTo(byId.json());
    assertThat(byAppD.header("ETag")).isEqualTo(byId.header("ETag"));
  }

  @Test
  void get_unknownPackage_returns404Problem() {
    for (String path : new String[] {"/app_packages/nope", "/onboarded_app_packages/nope",
        "/app_packages/nope/appd", "/onboarded_app_packages/nope/package_content"}) {
      Res r = s.get(B + path, "Accept", "*/*");
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.json().get("detail").asText()).contains("nope");
    }
    assertThat(s.putZip(B + "/app_packages/nope/package_content", Packages.valid("x")).status()).isEqualTo(404);
    assertThat(s.patch(B + "/app_packages/nope", "{\"operationalState\":\"DISABLED\"}").status()).isEqualTo(404);
    assertThat(s.delete(B + "/onboarded_app_packages/nope").status()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/app_packages", "/onboarded_app_packages"})
  void list_defaultExcludesComplexAttributes_selectorsAndFilterApply(String collection) {
    s.onboard(Packages.valid("appd-a"));
    s.create(Packages.valid("appd-b"));

    JsonNode all = s.get(B + collection).json();
    assertThat(all).hasSize(2);
    assertThat(all.get(0).has("checksum")).isFalse();
    assertThat(all.get(0).has("softwareImages")).isFalse();
    assertThat(all.get(0).has("additionalArtifacts")).isFalse();
    assertThat(all.get(0).has("_links")).isTrue();

    JsonNode full = s.get(B + collection + "?all_fields").json();
    assertThat(full.get(0).has("checksum")).isTrue();
    assertThat(full.get(0).has("softwareImages")).isTrue();

    JsonNode some = s.get(B + collection + "?fields=softwareImages/swImage").json();
    assertThat(some.get(0).has("checksum")).isFalse();
    assertThat(some.get(0).at("/softwareImages/0/swImage").asText()).isEqualTo("Artifacts/app.jar");
    assertThat(some.get(0).at("/softwareImages/0/checksum").isMissingNode()).isTrue();

    Res ex = s.get(B + collection + "?exclude_fields=_links,userDefinedData");
    assertThat(ex.status()).as(ex.toString()).isEqualTo(200);
    JsonNode excluded = ex.json();
    assertThat(excluded.get(0).has("_links")).isFalse();
    assertThat(excluded.get(0).has("checksum")).isTrue();

    JsonNode onboarded = s.get(B + collection + "?filter=(eq,onboardingState,ONBOARDED)").json();
    assertThat(onboarded).hasSize(1);
    assertThat(onboarded.get(0).get("appDId").asText()).isEqualTo("appd-a");
    assertThat(s.get(B + collection + "?filter=(neq,onboardingState,ONBOARDED);(eq,appName,vision-edge)").json())
        .hasSize(1);
    assertThat(s.get(B + collection + "?filter=(in,mecInfo,9.9.9,3.1.1)").json()).hasSize(1);
    assertThat(s.get(B + collection + "?filter=(cont,appName,'vision')&all_fields").json()).hasSize(2);
    assertThat(s.get(B + collection + "?filter=(eq,softwareImages/swImage,Artifacts/app.jar)").json()).hasSize(1);
  }

  @Test
  void list_badQueries_return400() {
    for (String q : new String[] {"filter=(eq,onboardingState", "filter=(like,appName,x)",
        "filter=(eq,nosuch,x)", "filter=eq,appName,x", "all_fields&fields=checksum",
        "fields=checksum&exclude_fields=_links", "fields=nosuch", "filter=(eq,appName,a,b)"}) {
      Res r = s.get(B + "/app_packages?" + q);
      assertThat(r.status()).as(q + " -> " + r).isEqualTo(400);
      assertThat(r.json().get("detail").asText()).isNotBlank();
    }
  }

  // ------------------------------------------------------------------------------------------------ AppD

  @Test
  void appd_returnsTheAppDFile_asJsonOrZip_andSelectorsApply() {
    byte[] zip = Packages.valid("appd-json");
    String self = s.path(s.onboard(zip).at("/_links/self/href").asText());
    byte[] file = Packages.unzip(zip).get("APPD/appd.json");

    Res json = s.get(self + "/appd");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.contentType()).startsWith("application/json");
    assertThat(json.bytes()).isEqualTo(file);
    assertThat(s.get(B + "/onboarded_app_packages/appd-json/appd").bytes()).isEqualTo(file);

    Res asZip = s.get(self + "/appd", "Accept", "application/zip");
    assertThat(asZip.status()).isEqualTo(200);
    assertThat(asZip.contentType()).isEqualTo("application/zip");
    assertThat(Packages.unzip(asZip.bytes())).containsOnlyKeys("APPD/appd.json");

    JsonNode partial = s.get(self + "/appd?exclude_default1").json();
    assertThat(partial.has("swImageDescriptor")).isFalse();
    assertThat(partial.has("appExtCpd")).isFalse();
    assertThat(partial.get("appDId").asText()).isEqualTo("appd-json");
    assertThat(s.get(self + "/appd?exclude_fields=appDescription").json().has("appDescription")).isFalse();
    assertThat(s.get(self + "/appd?filter=(eq,appName,x)").status()).isEqualTo(400);
    assertThat(s.get(self + "/appd", "Accept", "text/html").status()).isEqualTo(406);
  }

  @Test
  void appdAndContent_ofPackageNotOnboarded_return409() {
    String self = s.create(Packages.valid("appd-early"));
    Res appd = s.get(self + "/appd");
    assertThat(appd.status()).isEqualTo(409);
    assertThat(appd.json().get("detail").asText()).contains("CREATED");
    assertThat(s.get(self + "/package_content", "Accept", "application/zip").status()).isEqualTo(409);
  }

  // ------------------------------------------------------------------------------------------------ content

  @Test
  void packageContent_returnsTheArchive_andServesRanges() {
    byte[] zip = Packages.valid("appd-content");
    String self = s.path(s.onboard(zip).at("/_links/self/href").asText());

    Res r = s.get(self + "/package_content");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo("application/zip");
    assertThat(r.header("Accept-Ranges")).isEqualTo("bytes");
    assertThat(r.bytes()).isEqualTo(zip);
    assertThat(s.get(B + "/onboarded_app_packages/appd-content/package_content").bytes()).isEqualTo(zip);

    Res part = s.get(self + "/package_content", "Range", "bytes=10-19");
    assertThat(part.status()).isEqualTo(206);
    assertThat(part.header("Content-Range")).isEqualTo("bytes 10-19/" + zip.length);
    assertThat(part.bytes()).isEqualTo(Arrays.copyOfRange(zip, 10, 20));
    Res tail = s.get(self + "/package_content", "Range", "bytes=-5");
    assertThat(tail.bytes()).isEqualTo(Arrays.copyOfRange(zip, zip.length - 5, zip.length));

    Res outside = s.get(self + "/package_content", "Range", "bytes=" + zip.length + "-");
    assertThat(outside.status()).isEqualTo(416);
    assertThat(outside.header("Content-Range")).isEqualTo("bytes */" + zip.length);
    assertThat(s.get(self + "/package_content", "Accept", "application/json").status()).isEqualTo(406);
  }

  @Test
  void put_secondUpload_returns409_andStateStays() {
    byte[] zip = Packages.valid("appd-twice");
    String self = s.path(s.onboard(zip).at("/_links/self/href").asText());
    Res again = s.putZip(self + "/package_content", zip);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("detail").asText()).contains("ONBOARDED");
    assertThat(s.get(self).json().get("onboardingState").asText()).isEqualTo("ONBOARDED");
  }

  @Test
  void put_badBodies_return4xx_andPackageStaysCreated() {
    String self = s.create(Packages.valid("appd-bad-put"));
    Res json = s.send("PUT", self + "/package_content", s.token, "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(json.status()).isEqualTo(415);
    Res empty = s.send("PUT", self + "/package_content", s.token, new byte[0], "Content-Type", "application/zip");
    assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
    assertThat(s.get(self).json().get("onboardingState").asText()).isEqualTo("CREATED");
    // a real upload still works afterwards
    assertThat(s.putZip(self + "/package_content", Packages.valid("appd-bad-put")).status()).isEqualTo(202);
    assertThat(s.awaitOnboardingEnd(self).get("onboardingState").asText()).isEqualTo("ONBOARDED");
  }

  @Test
  void put_largerThanDefaultServerLimit_isAccepted_largerThanPackageLimit_returns413() {
    try (PkgServer small = new PkgServer(b -> b.limits(PackageLimits.DEFAULT.withMaxPackageBytes(3L << 20)))) {
      byte[] big = new byte[2 << 20];
      new java.util.Random(7).nextBytes(big);
      byte[] zip = Packages.builder("appd-big").addFile("Artifacts/data.bin", big).build();
      assertThat(zip.length).isGreaterThan(1 << 20);
      assertThat(small.onboard(zip).get("onboardingState").asText()).isEqualTo("ONBOARDED");

      byte[] bigger = new byte[4 << 20];
      new java.util.Random(8).nextBytes(bigger);
      byte[] tooBig = Packages.builder("appd-bigger").addFile("Artifacts/data.bin", bigger).build();
      String self = small.create(tooBig);
      Res r = small.putZip(self + "/package_content", tooBig);
      assertThat(r.status()).isEqualTo(413);
      assertThat(small.get(self).json().get("onboardingState").asText()).isEqualTo("CREATED");
    }
  }

  // ------------------------------------------------------------------------------------------------ PATCH, DELETE

  @Test
  void patch_disablesAndEnables_withEtagAndIfMatch() {
    JsonNode info = s.onboard(Packages.valid("appd-patch"));
    String self = s.path(info.at("/_links/self/href").asText());
    String etag = s.get(self).header("ETag");

    Res stale = s.patch(self, "{\"operationalState\":\"DISABLED\"}", "If-Match", "\"1\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(s.get(self).json().get("operationalState").asText()).isEqualTo("ENABLED");

    Res disabled = s.patch(self, "{\"operationalState\":\"DISABLED\"}", "If-Match", etag);
    assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
    assertThat(disabled.json()).isEqualTo(MecJson.mapper().valueToTree(Map.of("operationalState", "DISABLED")));
    assertThat(disabled.header("ETag")).isNotEqualTo(etag).isEqualTo(s.get(self).header("ETag"));
    assertThat(s.get(self).json().get("operationalState").asText()).isEqualTo("DISABLED");

    Res again = s.patch(self, "{\"operationalState\":\"DISABLED\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("detail").asText()).contains("already DISABLED");

    Res enabled = s.send("PATCH", B + "/onboarded_app_packages/appd-patch",
        s.token, "{\"operationalState\":\"ENABLED\"}".getBytes(StandardCharsets.UTF_8),
        "Content-Type", "application/merge-patch+json");
    assertThat(enabled.status()).isEqualTo(200);
    assertThat(s.get(self).json().get("operationalState").asText()).isEqualTo("ENABLED");
  }

  @Test
  void patch_badInput_return4xx() {
    String created = s.create(Packages.valid("appd-patch-bad"));
    Res notOnboarded = s.patch(created, "{\"operationalState\":\"ENABLED\"}");
    assertThat(notOnboarded.status()).isEqualTo(409);
    assertThat(notOnboarded.json().get("detail").asText()).contains("CREATED");
    for (String body : new String[] {"{", "{}", "{\"operationalState\":\"ON\"}", "{\"operationalState\":1}",
        "[]", "null"}) {
      Res r = s.patch(created, body);
      assertThat(r.status()).as(body + " -> " + r).isEqualTo(400);
    }
    assertThat(s.patch(created, "{\"operationalState\":\"ENABLED\"}", "If-Match", "W/\"1\"").status())
        .isEqualTo(412);
    assertThat(s.get(created).json().get("operationalState").asText()).isEqualTo("DISABLED");
  }

  @Test
  void delete_enabledOrInUse_returns409_disabledAndUnused_returns204() {
    JsonNode info = s.onboard(Packages.valid("appd-delete"));
    String id = info.get("id").asText();
    String self = s.path(info.at("/_links/self/href").asText());

    Res enabled = s.delete(self);
    assertThat(enabled.status()).isEqualTo(409);
    assertThat(enabled.json().get("detail").asText()).contains("ENABLED").contains("disable");
    assertThat(s.patch(self, "{\"operationalState\":\"DISABLED\"}").status()).isEqualTo(200);

    s.manager.markInUse(id, true);
    assertThat(s.get(self).json().get("usageState").asText()).isEqualTo("IN_USE");
    Res inUse = s.delete(B + "/onboarded_app_packages/appd-delete");
    assertThat(inUse.status()).isEqualTo(409);
    assertThat(inUse.json().get("detail").asText()).contains("IN_USE");
    s.manager.markInUse(id, false);

    assertThat(s.delete(self, "If-Match", "\"1\"").status()).isEqualTo(412);
    Res deleted = s.delete(B + "/onboarded_app_packages/appd-delete");
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(s.get(self).status()).isEqualTo(404);
    assertThat(s.manager.findByPackageId(id)).isEmpty();
    assertThat(s.manager.packageRoot().resolve(id)).doesNotExist();
  }

  @Test
  void delete_packageNotOnboarded_returns204() {
    String self = s.create(Packages.valid("appd-delete-created"));
    assertThat(s.delete(self).status()).isEqualTo(204);
    assertThat(s.get(self).status()).isEqualTo(404);
    assertThat(s.get(B + "/app_packages").json()).isEmpty();
  }

  // ------------------------------------------------------------------------------------------------ subscriptions

  @Test
  void subscriptions_createListGetDelete() {
    String body = "{\"callbackUri\":\"http://127.0.0.1:9/user_defined_notification\","
        + "\"subscriptionType\":\"AppPackageOnBoardingSubscription\",\"appPkgFilter\":[{\"appDId\":\"x\"}]}";
    Res created = s.post(B + "/subscriptions", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String self = created.json().at("/_links/self/href").asText();
    assertThat(created.header("Location")).isEqualTo(self);
    assertThat(created.json().get("subscriptionType").asText()).isEqualTo("AppPackageOnBoardingSubscription");
    assertThat(created.json().get("callbackUri").asText()).isEqualTo("http://127.0.0.1:9/user_defined_notification");

    JsonNode list = s.get(B + "/subscriptions").json();
    assertThat(list.at("/_links/self/href").asText()).isEqualTo(s.server.baseUri() + B + "/subscriptions");
    assertThat(list.at("/_links/subscriptions/0/href").asText()).isEqualTo(self);
    assertThat(list.at("/_links/subscriptions/0/subscriptionType").asText())
        .isEqualTo("AppPackageOnBoardingSubscription");

    String path = s.path(self);
    assertThat(s.get(path).json().get("id").asText()).isEqualTo(created.json().get("id").asText());
    assertThat(s.delete(path).status()).isEqualTo(204);
    assertThat(s.get(path).status()).isEqualTo(404);
    assertThat(s.delete(path).status()).isEqualTo(404);
    assertThat(s.get(B + "/subscriptions").json().at("/_links/subscriptions").size()).isZero();
  }

  @Test
  void subscriptions_badBodies_return400_andCreateNothing() {
    String[] bodies = {
        "{",
        "{\"subscriptionType\":\"AppPackageOnBoardingSubscription\"}",
        "{\"callbackUri\":\"http://127.0.0.1:9/n\",\"subscriptionType\":\"Other\"}",
        "{\"callbackUri\":\"not a uri\",\"subscriptionType\":\"AppPackageOnBoardingSubscription\"}",
        "{\"callbackUri\":\"ftp://127.0.0.1/n\",\"subscriptionType\":\"AppPackageOnBoardingSubscription\"}",
        "{\"callbackUri\":\"http://127.0.0.1:9/n\",\"subscriptionType\":\"AppPackageOnBoardingSubscription\","
            + "\"appPkgFilter\":[{\"operationalState\":\"ENABLED\"}]}",
        "{\"callbackUri\":\"http://127.0.0.1:9/n\",\"subscriptionType\":\"AppPackageChangeSubscription\","
            + "\"appPkgFilter\":[{\"usageState\":\"BUSY\"}]}",
        "{\"callbackUri\":5,\"subscriptionType\":\"AppPackageChangeSubscription\"}"};
    for (String body : bodies) {
      Res r = s.post(B + "/subscriptions", body);
      assertThat(r.status()).as(body + " -> " + r).isEqualTo(400);
      assertThat(r.contentType()).startsWith("application/problem+json");
    }
    assertThat(s.get(B + "/subscriptions").json().at("/_links/subscriptions").size()).isZero();
  }

  // ------------------------------------------------------------------------------------------------ bad input, auth

  @Test
  void create_badBodies_return400NamingTheProblem_andCreateNothing() {
    String valid = Packages.requestJson(Packages.valid("x"));
    JsonNode v = MecJson.mapper().valueToTree(MecJson.read(valid, Map.class));
    String[][] cases = {
        {"{", "Malformed"},
        {"{}", "appPkgName"},
        {"[1]", "CreateAppPkg"},
        {valid.replace("\"SHA-256\"", "\"MD5\""), "MD5"},
        {valid.replace(v.at("/checksum/hash").asText(), "abc"), "hexadecimal"},
        {valid.replace("https://vendor.example/packages/vision-edge-4.2.1.zip", "not a uri"), "appPkgPath"},
        {valid.replace("\"vision-edge\"", "7"), "appPkgName"}};
    for (String[] c : cases) {
      Res r = s.post(B + "/app_packages", c[0]);
      assertThat(r.status()).as(c[0] + " -> " + r).isEqualTo(400);
      assertThat(r.json().get("detail").asText()).as(c[0]).contains(c[1]);
    }
    assertThat(s.get(B + "/app_packages").json()).isEmpty();
  }

  @Test
  void wrongMethodOrPath_return405Or404() {
    Res r = s.send("PUT", B + "/app_packages", s.token, "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).isEqualTo(405);
    assertThat(r.header("Allow")).isEqualTo("GET, POST");
    assertThat(s.send("POST", B + "/app_packages/x/package_content", s.token, new byte[1]).status())
        .isEqualTo(405);
    assertThat(s.get(B + "/nothing").status()).isEqualTo(404);
    assertThat(s.send("POST", B + "/user_defined_notification", s.token, "{}".getBytes(StandardCharsets.UTF_8))
        .status()).as("the subscriber's endpoint, not the MEO's").isEqualTo(404);
  }

  @Test
  void withoutOperatorToken_every_route_returns401Or403() {
    String self = s.create(Packages.valid("appd-auth"));
    String appToken = new io.mec4j.platform.spi.HmacTokenAuthorizer(java.time.Clock.systemUTC(),
        java.time.Duration.ofHours(1)).issueToken("app-1");
    String appTokenHere = s.manager.authorizer().issueToken("app-1");
    String[][] calls = {
        {"GET", B + "/app_packages"}, {"POST", B + "/app_packages"}, {"GET", B + "/onboarded_app_packages"},
        {"POST", B + "/onboarded_app_packages"}, {"GET", self}, {"PATCH", self}, {"DELETE", self},
        {"GET", self + "/appd"}, {"GET", self + "/package_content"}, {"PUT", self + "/package_content"},
        {"POST", B + "/subscriptions"}, {"GET", B + "/subscriptions"}, {"GET", B + "/subscriptions/x"},
        {"DELETE", B + "/subscriptions/x"}};
    for (String[] c : calls) {
      byte[] body = switch (c[0]) {
        case "POST" -> Packages.requestJson(Packages.valid("x")).getBytes(StandardCharsets.UTF_8);
        case "PATCH" -> "{\"operationalState\":\"ENABLED\"}".getBytes(StandardCharsets.UTF_8);
        case "PUT" -> Packages.valid("appd-auth");
        default -> null;
      };
      String[] headers = c[0].equals("PUT") ? new String[] {"Content-Type", "application/zip"}
          : c[1].endsWith("package_content") ? new String[] {"Accept", "*/*"} : new String[0];
      assertThat(s.send(c[0], c[1], null, body, headers).status()).as("no token: " + c[0] + " " + c[1])
          .isEqualTo(401);
      assertThat(s.send(c[0], c[1], appToken, body, headers).status()).as("forged: " + c[0] + " " + c[1])
          .isEqualTo(401);
      Res forbidden = s.send(c[0], c[1], appTokenHere, body, headers);
      assertThat(forbidden.status()).as("app token: " + c[0] + " " + c[1]).isEqualTo(403);
      assertThat(forbidden.json().get("detail").asText()).contains("operator");
    }
    assertThat(s.get(self).json().get("onboardingState").asText()).isEqualTo("CREATED");
    assertThat(s.get(B + "/app_packages").json()).hasSize(1);
  }
}
