package io.mec4j.platform.meo.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mec4j.model.error.MecConflictException;
import io.mec4j.model.error.MecForbiddenException;
import io.mec4j.model.error.MecNotFoundException;
import io.mec4j.model.error.MecServiceException;
import io.mec4j.model.lcm.AppPkgInfo;
import io.mec4j.model.lcm.AppPkgInfoModifications;
import io.mec4j.model.lcm.OnboardingState;
import io.mec4j.model.lcm.OperationalState;
import io.mec4j.model.lcm.UsageState;
import io.mec4j.platform.meo.OnboardedPackage;
import io.mec4j.platform.meo.PackageCatalog;
import io.mec4j.platform.spi.Authorizer;
import io.mec4j.platform.spi.Caller;
import io.mec4j.platform.spi.InMemoryStore;
import io.mec4j.platform.spi.StoreTable;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java API of the package manager and the {@link PackageCatalog} contract lifecycle management relies on. */
class AppPackageManagerTest {

  private static final Caller OPERATOR = Caller.platform();

  @TempDir
  Path temp;

  @Test
  void catalog_returnsOnlyOnboardedPackages_withTheirVerifiedContent() throws Exception {
    try (AppPackageManager m = AppPackageManager.builder().authorizer(Authorizer.open()).build()) {
      byte[] zip = Packages.valid("appd-catalog");
      AppPkgInfo info = m.onboard(OPERATOR, Packages.request(zip), zip).join();
      assertThat(info.onboardingState()).isEqualTo(OnboardingState.ONBOARDED);

      OnboardedPackage p = m.findByPackageId(info.id()).orElseThrow();
      assertThat(p.appDId()).isEqualTo("appd-catalog");
      assertThat(p.appD()).isEqualTo(Packages.appD("appd-catalog"));
      assertThat(p.operationalState()).isEqualTo(OperationalState.ENABLED);
      assertThat(Files.readAllBytes(p.artifact("Artifacts/app.jar"))).isEqualTo(Packages.JAR);
      assertThat(p.contentDir()).startsWith(m.packageRoot());
      assertThat(m.findByAppDId("appd-catalog")).contains(p);

      m.changeOperationalState(OPERATOR, info.id(), new AppPkgInfoModifications(OperationalState.DISABLED),
          StoreTable.ANY_VERSION);
      assertThat(m.findByPackageId(info.id()).orElseThrow().operationalState())
          .isEqualTo(OperationalState.DISABLED);

      String created = m.createPackage(OPERATOR, Packages.request(zip)).id();
      assertThat(m.findByPackageId(created)).isEmpty();
      byte[] bad = Packages.alter(Packages.valid("appd-bad"), f -> f.remove("Docs/README.txt"));
      AppPkgInfo rejected = m.onboard(OPERATOR, Packages.request(bad), bad).join();
      assertThat(rejected.onboardingState()).isEqualTo(OnboardingState.ERROR);
      assertThat(m.findByPackageId(rejected.id())).isEmpty();
      assertThat(m.findByAppDId("appd-bad")).isEmpty();
      assertThat(m.findByPackageId("nope")).isEmpty();
    }
  }

  @Test
  void markInUse_setsUsageState_andBlocksDeletion() {
    try (AppPackageManager m = AppPackageManager.builder().build()) {
      byte[] zip = Packages.valid("appd-use");
      String id = m.onboard(OPERATOR, Packages.request(zip), zip).join().id();
      m.changeOperationalState(OPERATOR, id, new AppPkgInfoModifications(OperationalState.DISABLED), -1);
      m.markInUse(id, true);
      assertThat(m.getPackage(OPERATOR, id).value().usageState()).isEqualTo(UsageState.IN_USE);
      assertThatThrownBy(() -> m.deletePackage(OPERATOR, id, StoreTable.ANY_VERSION))
          .isInstanceOf(MecConflictException.class).hasMessageContaining("IN_USE");
      m.markInUse(id, false);
      m.deletePackage(OPERATOR, id, StoreTable.ANY_VERSION);
      assertThat(m.findByPackageId(id)).isEmpty();
      assertThatThrownBy(() -> m.markInUse(id, true)).isInstanceOf(MecNotFoundException.class);
    }
  }

  @Test
  void packageBeingOnboarded_cannotBeDeletedPatchedOrUploadedAgain() throws Exception {
    java.util.concurrent.ExecutorService one = java.util.concurrent.Executors.newSingleThreadExecutor();
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    one.execute(() -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    try (AppPackageManager m = AppPackageManager.builder().executor(one).build()) {
      byte[] zip = Packages.valid("appd-busy");
      String id = m.createPackage(OPERATOR, Packages.request(zip)).id();
      java.util.concurrent.CompletableFuture<AppPkgInfo> done = m.uploadContent(OPERATOR, id, zip);
      assertThat(m.getPackage(OPERATOR, id).value().onboardingState()).isEqualTo(OnboardingState.UPLOADING);
      assertThatThrownBy(() -> m.deletePackage(OPERATOR, id, StoreTable.ANY_VERSION))
          .isInstanceOf(MecConflictException.class).hasMessageContaining("UPLOADING");
      assertThatThrownBy(() -> m.uploadContent(OPERATOR, id, zip))
          .isInstanceOf(MecConflictException.class).hasMessageContaining("state CREATED");
      assertThatThrownBy(() -> m.changeOperationalState(OPERATOR, id,
          new AppPkgInfoModifications(OperationalState.ENABLED), StoreTable.ANY_VERSION))
          .isInstanceOf(MecConflictException.class).hasMessageContaining("only ONBOARDED");
      assertThat(m.findByPackageId(id)).isEmpty();
      release.countDown();
      assertThat(done.get(20, java.util.concurrent.TimeUnit.SECONDS).onboardingState())
          .isEqualTo(OnboardingState.ONBOARDED);
      assertThat(m.findByPackageId(id)).isPresent();
    } finally {
      one.shutdownNow();
    }
  }

  @Test
  void applicationCallers_areForbidden() {
    try (AppPackageManager m = AppPackageManager.builder().build()) {
      assertThatThrownBy(() -> m.packages(Caller.app("app-1")))
          .isInstanceOf(MecForbiddenException.class).hasMessageContaining("operator");
      assertThatThrownBy(() -> m.authenticate("Bearer " + m.authorizer().issueToken("app-1")))
          .isInstanceOf(MecForbiddenException.class);
      assertThat(m.authenticate("Bearer " + m.authorizer().issuePlatformToken()).kind())
          .isEqualTo(Caller.Kind.PLATFORM);
    }
  }

  @Test
  void uploadContent_overTheLimit_fails413_andPackageStaysCreated() {
    try (AppPackageManager m = AppPackageManager.builder()
        .limits(PackageLimits.DEFAULT.withMaxPackageBytes(1000)).build()) {
      byte[] zip = Packages.builder("appd-large").addFile("Artifacts/big", new byte[5000]).build();
      String id = m.createPackage(OPERATOR, Packages.request(zip)).id();
      assertThatThrownBy(() -> m.uploadContent(OPERATOR, id, new ByteArrayInputStream(zip)))
          .isInstanceOfSatisfying(MecServiceException.class, e -> assertThat(e.status()).isEqualTo(413));
      assertThat(m.getPackage(OPERATOR, id).value().onboardingState()).isEqualTo(OnboardingState.CREATED);
    }
  }

  @Test
  void restart_withTheSameStoreAndRoot_keepsOnboardedPackages_andFailsInterruptedOnes() {
    InMemoryStore store = new InMemoryStore();
    Path root = temp.resolve("packages");
    String onboarded;
    try (AppPackageManager m = AppPackageManager.builder().store(store).packageRoot(root).build()) {
      byte[] zip = Packages.valid("appd-durable");
      onboarded = m.onboard(OPERATOR, Packages.request(zip), zip).join().id();
    }
    StoreTable<AppPackageManager.PackageEntry> table =
        store.table("meo.appPackages", AppPackageManager.PackageEntry.class);
    AppPackageManager.PackageEntry created = table.list().get(0).value();
    table.insert("interrupted", created.withInfo(created.info().toBuilder().id("interrupted").appDId(null)
        .onboardingState(OnboardingState.PROCESSING).build()));

    try (AppPackageManager m = AppPackageManager.builder().store(store).packageRoot(root).build()) {
      assertThat(m.findByPackageId(onboarded)).isPresent();
      assertThat(m.findByAppDId("appd-durable").orElseThrow().artifact("Artifacts/app.jar")).exists();
      AppPkgInfo interrupted = m.getPackage(OPERATOR, "interrupted").value();
      assertThat(interrupted.onboardingState()).isEqualTo(OnboardingState.ERROR);
      assertThat(interrupted.onboardingFailureDetails().detail()).contains("interrupted by a restart");
    }
    assertThat(root).as("a configured root is kept").isDirectory();
  }

  @Test
  void close_deletesTheTemporaryRootItMade() {
    Path root;
    try (AppPackageManager m = AppPackageManager.builder().build()) {
      byte[] zip = Packages.valid("appd-temp");
      m.onboard(OPERATOR, Packages.request(zip), zip).join();
      root = m.packageRoot();
      assertThat(root).isDirectory();
    }
    assertThat(root).doesNotExist();
  }

  @Test
  void requireSignatures_withoutTrustAnchors_failsAtBuildTime() {
    assertThatThrownBy(() -> AppPackageManager.builder().requireSignatures(true).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("trust anchors");
  }

  @Test
  void trustStore_addsItsCertificates() throws Exception {
    TestPki.Issued root = TestPki.root("store root");
    TestPki.Issued signer = TestPki.signer("store signer", root);
    java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setCertificateEntry("root", root.cert());
    try (AppPackageManager m = AppPackageManager.builder().trustStore(ks).requireSignatures(true)
        .enableOnOnboarding(false).build()) {
      byte[] zip = Packages.builder("appd-store").signWith(signer.privateKey(), List.of(signer.cert())).build();
      AppPkgInfo info = m.onboard(OPERATOR, Packages.request(zip), zip).join();
      assertThat(info.onboardingState()).as(String.valueOf(info.onboardingFailureDetails()))
          .isEqualTo(OnboardingState.ONBOARDED);
      assertThat(info.operationalState()).isEqualTo(OperationalState.DISABLED);
    }
  }
}
