package io.mec4j.platform.meo.pkg;

import static io.mec4j.platform.meo.pkg.PkgServer.B;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Integrity, authenticity and hostile-archive checks of onboarding, over HTTP: every bad package ends in onboarding
 * state ERROR with a reason naming the file and the problem, keeps nothing of its content, writes nothing outside the
 * package store, and can never be instantiated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnboardingChecksIT {

  private static final TestPki.Issued ROOT = TestPki.root("mec4j test vendor root");
  private static final TestPki.Issued INTERMEDIATE = TestPki.intermediate("mec4j test vendor signing CA", ROOT);
  private static final TestPki.Issued SIGNER = TestPki.signer("Acme Vision package signer", INTERMEDIATE);
  private static final TestPki.Issued OTHER_ROOT = TestPki.root("someone else");
  private static final TestPki.Issued UNTRUSTED = TestPki.signer("Mallory", OTHER_ROOT);

  @TempDir
  static Path temp;

  private PkgServer s;
  private PkgServer strict;
  private Path store;

  @BeforeAll
  void start() throws IOException {
    store = Files.createDirectories(temp.resolve("store"));
    PackageLimits small = new PackageLimits(16L << 20, 8L << 20, 4L << 20, 50, 100, 64 << 10);
    s = new PkgServer(b -> b.packageRoot(store).limits(small).trustAnchors(List.of(ROOT.cert())));
    strict = new PkgServer(b -> b.packageRoot(temp.resolve("strict")).trustAnchors(List.of(ROOT.cert()))
        .requireSignatures(true));
  }

  @AfterAll
  void stop() {
    s.close();
    strict.close();
  }

  private void assertRejected(PkgServer server, byte[] zip, String... reason) {
    JsonNode info = server.onboard(zip);
    assertRejectedInfo(server, info, reason);
  }

  private void assertRejectedInfo(PkgServer server, JsonNode info, String... reason) {
    String id = info.get("id").asText();
    assertThat(info.get("onboardingState").asText()).as(info.toString()).isEqualTo("ERROR");
    assertThat(info.get("operationalState").asText()).isEqualTo("DISABLED");
    assertThat(info.at("/onboardingFailureDetails/status").asInt()).isEqualTo(400);
    assertThat(info.at("/onboardingFailureDetails/detail").asText()).contains(reason);
    assertThat(info.has("appDId")).isFalse();
    assertThat(server.manager.findByPackageId(id)).isEmpty();
    Path dir = server.manager.packageRoot().resolve(id);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.toList()).as("nothing kept of a rejected package").isEmpty();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    String self = server.path(info.at("/_links/self/href").asText());
    assertThat(server.patch(self, "{\"operationalState\":\"ENABLED\"}").status()).isEqualTo(409);
    assertThat(server.get(self + "/appd").status()).isEqualTo(409);
    assertThat(server.get(self + "/package_content", "Accept", "application/zip").status()).isEqualTo(409);
  }

  // ------------------------------------------------------------------------------------------------ success

  @Test
  void signedPackage_withTrustedChain_isOnboardedWithItsSigningCertificate() {
    JsonNode info = strict.onboard(Packages.signed("appd-signed", SIGNER, INTERMEDIATE.cert()));
    assertThat(info.get("onboardingState").asText()).as(info.toString()).isEqualTo("ONBOARDED");
    assertThat(info.get("signingCertificate").asText()).startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(strict.manager.findByAppDId("appd-signed")).isPresent();
  }

  @Test
  void signedPackage_withRsaKeyAndChainIncludingRoot_isOnboarded() {
    TestPki.Issued rsa = TestPki.signer("RSA signer", INTERMEDIATE, TestPki.rsaKeys(),
        TestPki.now().minusSeconds(60), TestPki.now().plus(1, ChronoUnit.DAYS), false);
    byte[] zip = Packages.builder("appd-rsa").signWith(rsa.privateKey(),
        List.of(rsa.cert(), INTERMEDIATE.cert(), ROOT.cert())).build();
    assertThat(strict.onboard(zip).get("onboardingState").asText()).isEqualTo("ONBOARDED");
  }

  @Test
  void unsignedPackage_isOnboarded_whenSignaturesAreOptional() {
    JsonNode info = s.onboard(Packages.valid("appd-unsigned"));
    assertThat(info.get("onboardingState").asText()).isEqualTo("ONBOARDED");
    assertThat(s.manager.findByPackageId(info.get("id").asText())).isPresent();
  }

  // ------------------------------------------------------------------------------------------------ integrity

  @Test
  void tamperedArtifact_isRejected() {
    byte[] zip = Packages.alter(Packages.valid("appd-tampered"),
        f -> f.put("Artifacts/app.jar", "malicious".getBytes(StandardCharsets.UTF_8)));
    assertRejected(s, zip, "Integrity check failed", "Artifacts/app.jar");
  }

  @Test
  void tamperedArtifact_inSignedPackage_isRejected() {
    byte[] zip = Packages.alter(Packages.signed("appd-tampered-signed", SIGNER, INTERMEDIATE.cert()),
        f -> f.put("Docs/README.txt", "changed".getBytes(StandardCharsets.UTF_8)));
    assertRejected(strict, zip, "Integrity check failed", "Docs/README.txt");
  }

  @Test
  void wrongDigestInManifest_isRejected() {
    byte[] zip = Packages.alter(Packages.valid("appd-wrong-digest"), f -> {
      String m = new String(f.get("MANIFEST.mf"), StandardCharsets.UTF_8);
      String readme = AppPackageBuilder.checksumOf(Packages.README).hash();
      f.put("MANIFEST.mf", m.replace(readme, "0".repeat(64)).getBytes(StandardCharsets.UTF_8));
    });
    assertRejected(s, zip, "Integrity check failed", "Docs/README.txt", "MANIFEST.mf says " + "0".repeat(64));
  }

  @Test
  void manifestRewrittenAfterSigning_isRejected() {
    byte[] signed = Packages.signed("appd-resigned", SIGNER, INTERMEDIATE.cert());
    byte[] unsignedVariant = Packages.builder("appd-resigned").addFile("Artifacts/extra.sh",
        "rm -rf /".getBytes(StandardCharsets.UTF_8)).build();
    byte[] zip = Packages.alter(signed, f -> {
      Map<String, byte[]> evil = Packages.unzip(unsignedVariant);
      f.put("MANIFEST.mf", evil.get("MANIFEST.mf"));
      f.put("Artifacts/extra.sh", evil.get("Artifacts/extra.sh"));
    });
    assertRejected(strict, zip, "MANIFEST.sig", "does not verify");
  }

  @Test
  void unlistedFile_isRejected() {
    byte[] zip = Packages.alter(Packages.valid("appd-unlisted"),
        f -> f.put("Artifacts/backdoor.sh", "#!/bin/sh".getBytes(StandardCharsets.UTF_8)));
    assertRejected(s, zip, "Artifacts/backdoor.sh", "not listed in MANIFEST.mf");
  }

  @Test
  void missingListedFile_isRejected() {
    byte[] zip = Packages.alter(Packages.valid("appd-missing-file"), f -> f.remove("Docs/README.txt"));
    assertRejected(s, zip, "MANIFEST.mf lists Docs/README.txt, which is not in the package");
  }

  @Test
  void missingOrMalformedManifest_isRejected() {
    assertRejected(s, Packages.alter(Packages.valid("appd-no-manifest"), f -> f.remove("MANIFEST.mf")),
        "no MANIFEST.mf");
    assertRejected(s, Packages.alter(Packages.valid("appd-bad-manifest"), f -> f.put("MANIFEST.mf",
        "metadata:\nmec4j_package_format_version: 1.0\n\nSource: APPD/appd.json\nAlgorithm: MD5\nHash: 00\n"
            .getBytes(StandardCharsets.UTF_8))), "Invalid MANIFEST.mf (line 4)", "MD5");
  }

  @Test
  void packageChecksumMismatch_isRejected() {
    byte[] zip = Packages.valid("appd-checksum");
    String self = s.path(s.post(B + "/app_packages", Packages.requestJson(Packages.valid("other")))
        .json().at("/_links/self/href").asText());
    assertThat(s.putZip(self + "/package_content", zip).status()).isEqualTo(202);
    assertRejectedInfo(s, s.awaitOnboardingEnd(self), "Package checksum mismatch");
  }

  // ------------------------------------------------------------------------------------------------ authenticity

  @Test
  void unsignedPackage_whenSignaturesAreRequired_isRejected() {
    assertRejected(strict, Packages.valid("appd-needs-signature"), "not signed", "MANIFEST.sig");
  }

  @Test
  void untrustedSigner_isRejected() {
    assertRejected(strict, Packages.signed("appd-untrusted", UNTRUSTED), "not trusted", "Mallory");
    assertRejected(s, Packages.signed("appd-untrusted-optional", UNTRUSTED), "not trusted");
  }

  @Test
  void selfSignedSigner_isRejected() {
    TestPki.Issued self = TestPki.selfSignedSigner("self-signed vendor");
    assertRejected(strict, Packages.signed("appd-self-signed", self), "not trusted");
  }

  @Test
  void expiredOrNotYetValidSigner_isRejected() {
    TestPki.Issued expired = TestPki.signer("expired signer", INTERMEDIATE, TestPki.ecKeys(),
        TestPki.now().minus(10, ChronoUnit.DAYS), TestPki.now().minus(1, ChronoUnit.DAYS), false);
    assertRejected(strict, Packages.signed("appd-expired", expired, INTERMEDIATE.cert()), "expired signer",
        "expired on");
    TestPki.Issued future = TestPki.signer("future signer", INTERMEDIATE, TestPki.ecKeys(),
        TestPki.now().plus(1, ChronoUnit.DAYS), TestPki.now().plus(10, ChronoUnit.DAYS), false);
    assertRejected(strict, Packages.signed("appd-future", future, INTERMEDIATE.cert()), "not valid before");
  }

  @Test
  void signerWithoutCodeSigningUsage_isRejected() {
    TestPki.Issued tlsOnly = TestPki.signer("tls server", INTERMEDIATE, TestPki.ecKeys(),
        TestPki.now().minusSeconds(60), TestPki.now().plus(1, ChronoUnit.DAYS), true);
    assertRejected(strict, Packages.signed("appd-tls", tlsOnly, INTERMEDIATE.cert()), "code signing");
    assertRejected(strict, Packages.signed("appd-ca-key", ROOT), "does not allow digital signatures");
  }

  @Test
  void signatureWithoutCertificateOrGarbage_isRejected() {
    byte[] signed = Packages.signed("appd-sig-only", SIGNER, INTERMEDIATE.cert());
    assertRejected(strict, Packages.alter(signed, f -> f.remove("MANIFEST.cert")), "no MANIFEST.cert");
    assertRejected(strict, Packages.alter(signed, f -> f.put("MANIFEST.sig",
        "@@@not base64@@@".getBytes(StandardCharsets.US_ASCII))), "MANIFEST.sig is not Base64");
    assertRejected(strict, Packages.alter(signed, f -> f.put("MANIFEST.cert",
        "hello".getBytes(StandardCharsets.US_ASCII))), "MANIFEST.cert holds no PEM certificate");
    byte[] otherSignature = Packages.unzip(Packages.signed("appd-sig-other", SIGNER, INTERMEDIATE.cert()))
        .get("MANIFEST.sig");
    assertRejected(strict, Packages.alter(signed, f -> f.put("MANIFEST.sig", otherSignature)), "does not verify");
  }

  // ------------------------------------------------------------------------------------------------ AppD

  @Test
  void missingAppD_isRejected() {
    byte[] zip = Packages.alter(Packages.valid("appd-missing"), f -> f.remove("APPD/appd.json"));
    assertRejected(s, zip, "Missing AppD", "APPD/appd.json");
  }

  @Test
  void invalidAppD_isRejected_namingEveryViolation() {
    String json = Packages.appDJson("appd-invalid").replace("\"appName\":\"vision-edge\",", "")
        .replace("\"appExtCpd\":[{\"cpdId\":\"cp-1\",\"layerProtocol\":[\"IPV4\"]}]", "\"appExtCpd\":[]");
    byte[] zip = AppPackageBuilder.forAppDJson(json.getBytes(StandardCharsets.UTF_8))
        .addFile("Artifacts/app.jar", Packages.JAR).build();
    assertRejected(s, zip, "Invalid AppD in APPD/appd.json", "appName", "appExtCpd");
  }

  @Test
  void malformedAppD_isRejected() {
    byte[] zip = AppPackageBuilder.forAppDJson("{\"appDId\":".getBytes(StandardCharsets.UTF_8))
        .addFile("Artifacts/app.jar", Packages.JAR).build();
    assertRejected(s, zip, "Invalid AppD", "Malformed JSON");
    byte[] wrongType = AppPackageBuilder.forAppDJson(Packages.appDJson("appd-wrong-type")
        .replace("\"mecVersion\":\"2.2.1, 3.1.1\"", "\"mecVersion\":[1]").getBytes(StandardCharsets.UTF_8))
        .addFile("Artifacts/app.jar", Packages.JAR).build();
    assertRejected(s, wrongType, "Invalid AppD", "mecVersion");
  }

  @Test
  void appDIdUnfitForAUri_isRejected() {
    assertRejected(s, Packages.builder("../x").build(), "appDId", "URI path segment");
  }

  @Test
  void appDReferencingAMissingImage_orWithWrongImageChecksum_isRejected() {
    byte[] missing = AppPackageBuilder.forAppD(Packages.appD("appd-no-image"))
        .addFile("Docs/README.txt", Packages.README).build();
    assertRejected(s, missing, "swImageDescriptor img-1", "Artifacts/app.jar", "not in the package");
    String withChecksum = Packages.appDJson("appd-image-checksum").replace("\"swImage\":\"Artifacts/app.jar\"",
        "\"swImage\":\"Artifacts/app.jar\",\"checksum\":{\"algorithm\":\"SHA-512\",\"hash\":\"" + "ab".repeat(64)
            + "\"}");
    byte[] wrong = AppPackageBuilder.forAppDJson(withChecksum.getBytes(StandardCharsets.UTF_8))
        .addFile("Artifacts/app.jar", Packages.JAR).build();
    assertRejected(s, wrong, "Integrity check failed", "SHA-512 of Artifacts/app.jar", "the AppD");
  }

  @Test
  void externalImageUrl_isAccepted() {
    String json = Packages.appDJson("appd-external").replace("\"swImage\":\"Artifacts/app.jar\"",
        "\"swImage\":\"oci://registry.example/acme/vision-edge:4.2.1\"");
    byte[] zip = AppPackageBuilder.forAppDJson(json.getBytes(StandardCharsets.UTF_8)).build();
    JsonNode info = s.onboard(zip);
    assertThat(info.get("onboardingState").asText()).as(info.toString()).isEqualTo("ONBOARDED");
    assertThat(info.at("/softwareImages/0/swImage").asText()).startsWith("oci://");
  }

  @Test
  void secondPackageWithTheSameAppDId_isRejected() {
    JsonNode first = s.onboard(Packages.valid("appd-unique"));
    assertThat(first.get("onboardingState").asText()).isEqualTo("ONBOARDED");
    assertRejected(s, Packages.builder("appd-unique").addFile("Docs/v2.txt", new byte[] {1}).build(),
        "AppD appd-unique is already onboarded", first.get("id").asText());
  }

  // ------------------------------------------------------------------------------------------------ hostile archives

  static Stream<Arguments> hostileArchives() {
    byte[] valid = Packages.valid("appd-hostile");
    byte[] zeros = new byte[3 << 20];
    byte[] random3m = new byte[3 << 20];
    new Random(1).nextBytes(random3m);
    RawZip many = Packages.raw(valid);
    for (int i = 0; i < 60; i++) {
      many.add("Artifacts/f" + i, new byte[] {(byte) i});
    }
    return Stream.of(
        hostile("dot-dot traversal", Packages.raw(valid).add("../escaped.txt", bytes("x")).build(),
            ".. segment"),
        hostile("deep traversal", Packages.raw(valid).add("Artifacts/../../../escaped.txt", bytes("x"))
            .build(), ".. segment"),
        hostile("absolute path", Packages.raw(valid).add("/tmp/escaped.txt", bytes("x")).build(),
            "absolute path"),
        hostile("backslash traversal", Packages.raw(valid).add("..\\escaped.txt", bytes("x")).build(),
            "backslash"),
        hostile("drive letter", Packages.raw(valid).add("C:/escaped.txt", bytes("x")).build(), "colon"),
        hostile("symbolic link", Packages.raw(valid).addSymlink("Artifacts/link", "/etc/passwd").build(),
            "symbolic link"),
        hostile("device file", Packages.raw(valid).addWithMode("Artifacts/dev", new byte[0], 0020644).build(),
            "special file"),
        hostile("duplicate entry", Packages.raw(valid).add("Artifacts/app.jar", bytes("evil")).build(),
            "Duplicate entry", "occurs twice"),
        hostile("case duplicate", Packages.raw(valid).add("ARTIFACTS/APP.JAR", bytes("evil")).build(),
            "differ only in case"),
        hostile("file used as a directory", Packages.raw(valid).add("Artifacts/app.jar/x", bytes("x"))
            .build(), "which is a file"),
        hostile("zip bomb by ratio", Packages.raw(valid).addDeflated("Artifacts/zeros", zeros).build(),
            "Zip bomb", "ratio"),
        hostile("huge single entry", Packages.raw(valid).add("Artifacts/big", new byte[5 << 20]).build(),
            "Artifacts/big", "more than the limit of 4194304 per entry"),
        hostile("too much in total", Packages.raw(valid).add("Artifacts/r1", random3m)
            .add("Artifacts/r2", random3m).add("Artifacts/r3", random3m).build(), "Zip bomb", "in total"),
        hostile("lying size", Packages.raw(valid).addLying("Artifacts/lie", new byte[200_000], 1000).build(),
            "Artifacts/lie", "inflates to more than the 1000 bytes it declares"),
        hostile("too many entries", many.build(), "more than the limit of 50"),
        hostile("shared entry data", Packages.raw(valid).addAlias("Artifacts/alias", 0).build(),
            "overlaps"),
        hostile("not a zip", bytes("just some text, not an archive"), "not a ZIP archive"),
        hostile("truncated zip", java.util.Arrays.copyOf(valid, valid.length - 30), "not a ZIP archive"),
        hostile("oversized descriptor", Packages.alter(valid, f -> f.put("MANIFEST.mf", new byte[70_000])),
            "MANIFEST.mf is 70000 bytes, more than the limit"));
  }

  private static Arguments hostile(String kind, byte[] zip, String... reasons) {
    return Arguments.of(kind, zip, reasons);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileArchives")
  void hostileArchive_isRejected_withoutWritingOutsideTheStore(String kind, byte[] zip, String... reason)
      throws IOException {
    assertRejected(s, zip, reason);
    assertThat(temp.resolve("escaped.txt")).doesNotExist();
    assertThat(Path.of("/tmp/escaped.txt")).doesNotExist();
    try (Stream<Path> all = Files.walk(temp)) {
      assertThat(all.filter(p -> p.getFileName().toString().contains("escaped")).toList()).isEmpty();
    }
    try (Stream<Path> outside = Files.list(store.getParent())) {
      assertThat(outside.map(p -> p.getFileName().toString()).toList())
          .as("nothing beside the package stores").containsOnly("store", "strict");
    }
  }
}
