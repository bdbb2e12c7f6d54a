package io.mec4j.client.lcm;

import static io.mec4j.client.Fixtures.example;
import static io.mec4j.client.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mec4j.client.AttributeQuery;
import io.mec4j.client.WireServer;
import io.mec4j.model.error.MecNotFoundException;
import io.mec4j.model.lcm.AppD;
import io.mec4j.model.lcm.AppPkgInfo;
import io.mec4j.model.lcm.AppPkgInfoModifications;
import io.mec4j.model.lcm.AppPkgNotification;
import io.mec4j.model.lcm.AppPkgSubscription;
import io.mec4j.model.lcm.AppPkgSubscriptionInfo;
import io.mec4j.model.lcm.AppPkgSubscriptionLinkList;
import io.mec4j.model.lcm.CreateAppPkg;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every path and method of MEC010-2_AppPkgMgmt.yaml, on the wire. */
class AppPkgMgmtWireTest {

  private static final String BASE = "/app_pkgm/v1";

  private final WireServer wire = new WireServer();
  private final AppPkgMgmtClient pkgs = AppPkgMgmtClient.builder().baseUri(wire.uri(BASE)).bearerToken("t").build();
  private final AppPkgInfo info = example("lcm/AppPkgInfo", AppPkgInfo.class);

  @AfterEach
  void close() {
    pkgs.close();
    wire.close();
  }

  @Test
  void createAppPkg() {
    CreateAppPkg create = example("lcm/CreateAppPkg", CreateAppPkg.class);
    wire.json(201, text("lcm/AppPkgInfo"), "Location", "/app_pkgm/v1/onboarded_app_packages/x")
        .json(201, text("lcm/AppPkgInfo"));

    assertThat(pkgs.createAppPkg(create)).isEqualTo(info);
    pkgs.createAppPkgAsync(create).join();

    wire.take().is("POST", BASE + "/onboarded_app_packages").header("Authorization", "Bearer t").jsonBody(create);
    wire.take().is("POST", BASE + "/onboarded_app_packages").jsonBody(create);
  }

  @Test
  void getAppPkgs_withFilterAndSelectors() {
    wire.json(200, "[" + text("lcm/AppPkgInfo") + "]").json(200, "[]").json(200, "[]");

    assertThat(pkgs.getAppPkgs(AttributeQuery.all())).containsExactly(info);
    pkgs.getAppPkgs(AttributeQuery.builder().filter("(eq,operationalState,ENABLED)").fields("softwareImages",
        "additionalArtifacts").excludeFields("userDefinedData").excludeDefault().build());
    pkgs.getAppPkgsAsync(AttributeQuery.builder().allFields().build()).join();

    wire.take().is("GET", BASE + "/onboarded_app_packages");
    wire.take().is("GET", BASE + "/onboarded_app_packages?filter=%28eq%2CoperationalState%2CENABLED%29"
        + "&fields=softwareImages%2CadditionalArtifacts&exclude_fields=userDefinedData&exclude_default");
    wire.take().is("GET", BASE + "/onboarded_app_packages?all_fields");
  }

  @Test
  void attributeQuery_allFieldsExcludesOtherSelectors() {
    assertThatThrownBy(() -> AttributeQuery.builder().allFields().fields("a").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all_fields");
  }

  @Test
  void getAppPkg_andDelete() {
    wire.json(200, text("lcm/AppPkgInfo")).json(200, text("lcm/AppPkgInfo")).empty(204).empty(204)
        .problem(404, "Not Found", "no package d-9");

    assertThat(pkgs.getAppPkg("d-1")).isEqualTo(info);
    pkgs.getAppPkgAsync("d-1").join();
    pkgs.deleteAppPkg("d-1");
    pkgs.deleteAppPkgAsync("d-1").join();
    assertThatThrownBy(() -> pkgs.getAppPkg("d-9")).isInstanceOf(MecNotFoundException.class)
        .hasMessageContaining("no package d-9");

    wire.take().is("GET", BASE + "/onboarded_app_packages/d-1");
    wire.take().is("GET", BASE + "/onboarded_app_packages/d-1");
    wire.take().is("DELETE", BASE + "/onboarded_app_packages/d-1").noBody();
    wire.take().is("DELETE", BASE + "/onboarded_app_packages/d-1");
  }

  @Test
  void updateAppPkg_patchesTheOperationalState() {
    AppPkgInfoModifications mods = example("lcm/AppPkgInfoModifications", AppPkgInfoModifications.class);
    wire.json(200, text("lcm/AppPkgInfoModifications")).json(200, text("lcm/AppPkgInfoModifications"));

    assertThat(pkgs.updateAppPkg("d-1", mods)).isEqualTo(mods);
    pkgs.updateAppPkgAsync("d-1", mods).join();

    wire.take().is("PATCH", BASE + "/onboarded_app_packages/d-1").jsonBody(mods);
    wire.take().is("PATCH", BASE + "/onboarded_app_packages/d-1").jsonBody(mods);
  }

  @Test
  void getAppD_withSelectors() {
    wire.json(200, text("lcm/AppD")).json(200, text("lcm/AppD"));

    assertThat(pkgs.getAppD("d-1", AttributeQuery.all())).isEqualTo(example("lcm/AppD", AppD.class));
    pkgs.getAppDAsync("d-1", AttributeQuery.builder().excludeFields("swImageDescriptor").build()).join();

    wire.take().is("GET", BASE + "/onboarded_app_packages/d-1/appd");
    wire.take().is("GET", BASE + "/onboarded_app_packages/d-1/appd?exclude_fields=swImageDescriptor");
  }

  @Test
  void packageContent_getAndPut(@TempDir Path dir) throws Exception {
    byte[] zip = {'P', 'K', 3, 4, 0, 1, 2, (byte) 0xff};
    for (int i = 0; i < 3; i++) {
      wire.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/zip")
          .body(new Buffer().write(zip)).build());
    }
    wire.empty(202).empty(202).empty(202);
    Path file = dir.resolve("pkg.zip");

    assertThat(pkgs.getPackageContent("d-1")).isEqualTo(zip);
    assertThat(pkgs.getPackageContentAsync("d-1").join()).isEqualTo(zip);
    pkgs.getPackageContent("d-1", file);
    assertThat(Files.readAllBytes(file)).isEqualTo(zip);
    pkgs.uploadPackageContent("d-1", zip);
    pkgs.uploadPackageContent("d-1", file);
    pkgs.uploadPackageContentAsync("d-1", zip).join();

    for (int i = 0; i < 3; i++) {
      wire.take().is("GET", BASE + "/onboarded_app_packages/d-1/package_content")
          .header("Accept", "application/zip, application/problem+json");
    }
    for (int i = 0; i < 3; i++) {
      WireServer.Taken put = wire.take().is("PUT", BASE + "/onboarded_app_packages/d-1/package_content")
          .header("Content-Type", "application/zip");
      assertThat(put.request().getBody().toByteArray()).isEqualTo(zip);
    }
  }

  @Test
  void subscriptions_createListGetDelete() {
    AppPkgSubscription sub = example("lcm/AppPkgSubscription", AppPkgSubscription.class);
    AppPkgSubscriptionInfo created = example("lcm/AppPkgSubscriptionInfo", AppPkgSubscriptionInfo.class);
    for (int i = 0; i < 2; i++) {
      wire.json(201, text("lcm/AppPkgSubscriptionInfo")).json(200, text("lcm/AppPkgSubscriptionLinkList"))
          .json(200, text("lcm/AppPkgSubscriptionInfo")).empty(204);
    }

    assertThat(pkgs.subscribe(sub)).isEqualTo(created);
    assertThat(pkgs.getSubscriptions()).isEqualTo(example("lcm/AppPkgSubscriptionLinkList",
        AppPkgSubscriptionLinkList.class));
    assertThat(pkgs.getSubscription("s-1")).isEqualTo(created);
    pkgs.unsubscribe("s-1");
    pkgs.subscribeAsync(sub).join();
    pkgs.getSubscriptionsAsync().join();
    pkgs.getSubscriptionAsync("s-1").join();
    pkgs.unsubscribeAsync("s-1").join();

    for (int i = 0; i < 2; i++) {
      wire.take().is("POST", BASE + "/subscriptions").jsonBody(sub);
      wire.take().is("GET", BASE + "/subscriptions");
      wire.take().is("GET", BASE + "/subscriptions/s-1");
      wire.take().is("DELETE", BASE + "/subscriptions/s-1");
    }
  }

  @Test
  void deliverNotification_postsToTheCallbackUri() {
    AppPkgNotification n = example("lcm/AppPkgNotification", AppPkgNotification.class);
    wire.empty(204).empty(204);

    pkgs.deliverNotification(wire.uri("/subscriber/cb-1"), n);
    pkgs.deliverNotificationAsync(wire.uri("/subscriber/cb-1"), n).join();

    wire.take().is("POST", "/subscriber/cb-1").jsonBody(n);
    wire.take().is("POST", "/subscriber/cb-1").jsonBody(n);
  }
}
