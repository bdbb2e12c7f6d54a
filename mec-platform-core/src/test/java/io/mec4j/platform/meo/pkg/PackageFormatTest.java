package io.mec4j.platform.meo.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The package format's pieces: manifest text, entry names, the builder, byte ranges. */
class PackageFormatTest {

  private static Manifest parse(String text) throws PackageRejectedException {
    return Manifest.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void manifest_roundTrips_andAcceptsCrLfAndExtraMetadata() throws Exception {
    Manifest m = new Manifest(Map.of("mec4j_package_format_version", "1.0"), Map.of("a/b.txt", "ab".repeat(32)));
    assertThat(Manifest.parse(m.toBytes())).isEqualTo(m);
    Manifest crlf = parse("metadata:\r\nmec4j_package_format_version: 1.0\r\nvendor_release: 7\r\n\r\n"
        + "Hash: " + "AB".repeat(32) + "\r\nSource: x\r\nAlgorithm: sha-256\r\n");
    assertThat(crlf.digests()).containsEntry("x", "ab".repeat(32));
    assertThat(crlf.metadata()).containsEntry("vendor_release", "7");
  }

  @Test
  void manifest_rejectsMalformedText_namingTheLine() {
    String head = "metadata:\nmec4j_package_format_version: 1.0\n\n";
    String block = "Source: x\nAlgorithm: SHA-256\nHash: " + "0".repeat(64) + "\n";
    String[][] cases = {
        {"Source: x\n", "line 1", "metadata:"},
        {"metadata:\nother: 1\n", "no mec4j_package_format_version"},
        {"metadata:\nmec4j_package_format_version: 2.0\n", "version 1.0"},
        {head + "Source: x\nAlgorithm: SHA-256\n", "line 4", "needs Source, Algorithm and Hash"},
        {head + block + "Size: 3\n", "line 7", "unknown key 'Size'"},
        {head + block + "\n" + block, "line 8", "x is listed twice"},
        {head + block.replace("Source: x", "Source: ../x"), ".. segment"},
        {head + block.replace("Source: x", "Source: MANIFEST.sig"), "must not be listed"},
        {head + block.replace("0".repeat(64), "0".repeat(63)), "64 hexadecimal digits"},
        {head + "just text\n", "line 4", "key: value"}};
    for (String[] c : cases) {
      assertThatThrownBy(() -> parse(c[0])).as(c[0]).isInstanceOf(PackageRejectedException.class)
          .hasMessageContaining(c[1]).hasMessageContaining(c.length > 2 ? c[2] : c[1]);
    }
    assertThatThrownBy(() -> Manifest.parse(new byte[] {(byte) 0xC3, 0x28}))
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void entryNames_refuseEverythingThatCouldLeaveTheDirectory() {
    for (String bad : new String[] {"", "/etc/passwd", "../x", "a/../../x", "a/./b", "a//b", "a\\b", "C:x",
        "a/\u0000b", "a/", ".", "x".repeat(300)}) {
      assertThat(EntryNames.problem(bad)).as(bad).isNotNull();
    }
    for (String good : new String[] {"a", "APPD/appd.json", "Artifacts/images/app-1.0.qcow2", "a b/c.d", "ünï/ç"}) {
      assertThat(EntryNames.problem(good)).as(good).isNull();
    }
  }

  @Test
  void builder_isReproducible_andRefusesBadPaths() {
    assertThat(Packages.valid("appd-r")).isEqualTo(Packages.valid("appd-r"));
    AppPackageBuilder b = Packages.builder("appd-r");
    assertThat(b.paths()).containsExactly("MANIFEST.mf", "APPD/appd.json", "Artifacts/app.jar", "Docs/README.txt");
    assertThatThrownBy(() -> b.addFile("../x", new byte[0])).hasMessageContaining(".. segment");
    assertThatThrownBy(() -> b.addFile("docs/readme.TXT", new byte[0])).hasMessageContaining("already has");
    assertThatThrownBy(() -> b.addFile("MANIFEST.mf", new byte[0])).hasMessageContaining("builder itself");
    assertThatThrownBy(() -> b.putMetadata("mec4j_package_format_version", "2")).hasMessageContaining("reserved");
    String manifest = new String(Packages.unzip(b.putMetadata("vendor_release", "r7").build()).get("MANIFEST.mf"),
        StandardCharsets.UTF_8);
    assertThat(manifest).startsWith("metadata:\nmec4j_package_format_version: 1.0\nvendor_release: r7\n\n")
        .contains("Source: Artifacts/app.jar\nAlgorithm: SHA-256\nHash: "
            + AppPackageBuilder.checksumOf(Packages.JAR).hash());
  }

  @Test
  void byteRanges_followRfc9110() {
    assertThat(AppPkgMgmtHttpBinding.range(null, 100)).isNull();
    assertThat(AppPkgMgmtHttpBinding.range("bytes=0-9", 100)).containsExactly(0, 9);
    assertThat(AppPkgMgmtHttpBinding.range("bytes=90-", 100)).containsExactly(90, 99);
    assertThat(AppPkgMgmtHttpBinding.range("bytes=90-500", 100)).containsExactly(90, 99);
    assertThat(AppPkgMgmtHttpBinding.range("bytes=-10", 100)).containsExactly(90, 99);
    assertThat(AppPkgMgmtHttpBinding.range("bytes=-500", 100)).containsExactly(0, 99);
    assertThat(AppPkgMgmtHttpBinding.range("bytes=100-", 100)).isEmpty();
    assertThat(AppPkgMgmtHttpBinding.range("bytes=0-1,5-6", 100)).isNull();
    assertThat(AppPkgMgmtHttpBinding.range("bytes=9-1", 100)).isNull();
    assertThat(AppPkgMgmtHttpBinding.range("items=0-1", 100)).isNull();
    assertThat(AppPkgMgmtHttpBinding.range("bytes=a-b", 100)).isNull();
  }
}
