package io.mec4j.platform.meo.pkg;

import io.mec4j.model.MecJson;
import io.mec4j.model.lcm.AppD;
import io.mec4j.model.lcm.CreateAppPkg;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Sample packages for tests: a valid AppD, artifacts, and ways to alter a built package. */
final class Packages {

  static final byte[] JAR = "PK-not-really-a-jar: the application binary".getBytes(StandardCharsets.UTF_8);
  static final byte[] README = "How to run the vision edge app".getBytes(StandardCharsets.UTF_8);

  private Packages() {}

  static String appDJson(String appDId) {
    return """
        {"appDId":"%s","appName":"vision-edge","appProvider":"Acme Vision","appSoftVersion":"4.2.1",
         "appDVersion":"1.3.0","mecVersion":"2.2.1, 3.1.1","appDescription":"Video analytics at the edge",
         "swImageDescriptor":[{"id":"img-1","name":"vision-edge","version":"4.2.1","containerFormat":"BARE",
           "swImage":"Artifacts/app.jar"}],
         "appExtCpd":[{"cpdId":"cp-1","layerProtocol":["IPV4"]}]}
        """.formatted(appDId);
  }

  static AppD appD(String appDId) {
    return MecJson.read(appDJson(appDId), AppD.class);
  }

  static AppPackageBuilder builder(String appDId) {
    return AppPackageBuilder.forAppD(appD(appDId))
        .addFile("Artifacts/app.jar", JAR)
        .addFile("Docs/README.txt", README);
  }

  static byte[] valid(String appDId) {
    return builder(appDId).build();
  }

  static byte[] signed(String appDId, TestPki.Issued signer, X509Certificate... intermediates) {
    List<X509Certificate> chain = new java.util.ArrayList<>();
    chain.add(signer.cert());
    chain.addAll(List.of(intermediates));
    return builder(appDId).signWith(signer.privateKey(), chain).build();
  }

  static CreateAppPkg request(byte[] zip) {
    return CreateAppPkg.builder()
        .appPkgName("vision-edge")
        .appPkgVersion("4.2.1")
        .appProvider("Acme Vision")
        .checksum(AppPackageBuilder.checksumOf(zip))
        .appPkgPath("https://vendor.example/packages/vision-edge-4.2.1.zip")
        .build();
  }

  static String requestJson(byte[] zip) {
    return MecJson.write(request(zip));
  }

  /** The files of a package, in order. */
  static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static byte[] zip(Map<String, byte[]> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(f.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A copy of a package with its files changed (the manifest and signature are kept unless changed too). */
  static byte[] alter(byte[] zip, Consumer<Map<String, byte[]>> change) {
    Map<String, byte[]> files = unzip(zip);
    change.accept(files);
    return zip(files);
  }

  /** The same files as a raw archive, so tests can add what ZipOutputStream refuses. */
  static RawZip raw(byte[] zip) {
    RawZip raw = new RawZip();
    unzip(zip).forEach(raw::add);
    return raw;
  }
}
