package io.mec4j.platform.meo.pkg;

import io.mec4j.model.MecJson;
import io.mec4j.model.lcm.AppD;
import io.mec4j.model.lcm.Checksum;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes an application package in the {@link AppPackageFormat mec4j package format}: the AppD, the artifacts, the
 * manifest with the SHA-256 of every file and, when a signing key is given, the signature and certificate chain.
 * The archive is reproducible: the same inputs give the same bytes (fixed entry times, sorted artifacts; RSA
 * signatures are deterministic too, ECDSA ones are not).
 *
 * <pre>{@code
 * byte[] zip = AppPackageBuilder.forAppD(appD)
 *     .addFile("Artifacts/app.jar", jarBytes)
 *     .signWith(privateKey, List.of(signerCertificate, intermediateCertificate))
 *     .build();
 * CreateAppPkg request = CreateAppPkg.builder()
 *     .appPkgName("vision-edge").appPkgVersion("4.2.1")
 *     .checksum(AppPackageBuilder.checksumOf(zip))
 *     .appPkgPath("https://vendor.example/packages/vision-edge-4.2.1.zip")
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class AppPackageBuilder {

  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private final byte[] appD;
  private final Map<String, byte[]> files = new TreeMap<>();
  private final Set<String> keys = new HashSet<>();
  private final Map<String, String> metadata = new LinkedHashMap<>();
  private @Nullable PrivateKey signingKey;
  private List<X509Certificate> chain = List.of();

  private AppPackageBuilder(byte[] appD) {
    this.appD = appD;
    metadata.put(AppPackageFormat.FORMAT_VERSION_KEY, AppPackageFormat.FORMAT_VERSION);
    keys.add(EntryNames.collisionKey(AppPackageFormat.APPD));
  }

  /**
   * A package for an AppD, written as JSON to {@link AppPackageFormat#APPD}.
   *
   * @param appD the application descriptor
   * @return the builder
   */
  public static AppPackageBuilder forAppD(AppD appD) {
    Objects.requireNonNull(appD, "appD");
    return new AppPackageBuilder(MecJson.writeBytes(appD));
  }

  /**
   * A package whose AppD file holds these exact bytes, e.g. an AppD written by another tool (or, in tests, an
   * invalid one).
   *
   * @param appDJson the content of {@link AppPackageFormat#APPD}
   * @return the builder
   */
  public static AppPackageBuilder forAppDJson(byte[] appDJson) {
    return new AppPackageBuilder(Objects.requireNonNull(appDJson, "appDJson").clone());
  }

  /**
   * Adds a file.
   *
   * @param path its path inside the package, e.g. {@code Artifacts/app.jar}: relative, {@code /}-separated
   * @param content its bytes
   * @return this builder
   * @throws IllegalArgumentException for a path the format does not allow, a reserved path or a duplicate
   */
  public AppPackageBuilder addFile(String path, byte[] content) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    String problem = EntryNames.problem(path);
    if (problem != null) {
      throw new IllegalArgumentException("Invalid package path: " + problem);
    }
    if (AppPackageFormat.isManifestFile(path) || path.equals(AppPackageFormat.APPD)) {
      throw new IllegalArgumentException(path + " is written by the builder itself");
    }
    if (!keys.add(EntryNames.collisionKey(path))) {
      throw new IllegalArgumentException("The package already has a file " + path + " (names are compared"
          + " ignoring case)");
    }
    files.put(path, content.clone());
    return this;
  }

  /**
   * Adds a file from disk.
   *
   * @param path its path inside the package
   * @param file the file to copy
   * @return this builder
   * @throws UncheckedIOException when the file cannot be read
   */
  public AppPackageBuilder addFile(String path, Path file) {
    try {
      return addFile(path, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /**
   * Adds a metadata line to the manifest, e.g. the provider's own release identifier.
   *
   * @param key the key: letters, digits, {@code _} and {@code -}
   * @param value the value, one line
   * @return this builder
   */
  public AppPackageBuilder putMetadata(String key, String value) {
    if (!key.matches("[A-Za-z0-9_-]+") || key.equals(AppPackageFormat.FORMAT_VERSION_KEY)) {
      throw new IllegalArgumentException("Invalid or reserved metadata key: " + key);
    }
    if (value.isBlank() || value.contains("\n") || value.contains("\r")) {
      throw new IllegalArgumentException("A metadata value is one non-blank line");
    }
    metadata.put(key, value.strip());
    return this;
  }

  /**
   * Signs the manifest.
   *
   * @param key the signer's private key: RSA, EC or Ed25519
   * @param certificateChain the signer's certificate first, then intermediates (the root may be left out)
   * @return this builder
   */
  public AppPackageBuilder signWith(PrivateKey key, List<X509Certificate> certificateChain) {
    Objects.requireNonNull(key, "key");
    if (certificateChain.isEmpty()) {
      throw new IllegalArgumentException("The certificate chain needs at least the signer's certificate");
    }
    ManifestSignatures.algorithmFor(key);
    this.signingKey = key;
    this.chain = List.copyOf(certificateChain);
    return this;
  }

  /**
   * Writes the package.
   *
   * @return the ZIP archive
   */
  public byte[] build() {
    Map<String, byte[]> all = new LinkedHashMap<>();
    all.put(AppPackageFormat.APPD, appD);
    all.putAll(files);
    Map<String, String> digests = new LinkedHashMap<>();
    all.forEach((path, content) -> digests.put(path, sha256Hex(content)));
    byte[] manifest = new Manifest(metadata, digests).toBytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, AppPackageFormat.MANIFEST, manifest);
      if (signingKey != null) {
        put(zip, AppPackageFormat.SIGNATURE, ManifestSignatures.sign(manifest, signingKey));
        put(zip, AppPackageFormat.CERTIFICATE, ManifestSignatures.pem(chain));
      }
      for (Map.Entry<String, byte[]> f : all.entrySet()) {
        put(zip, f.getKey(), f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes the package to a file.
   *
   * @param file the target; replaced when it exists
   * @return the package's checksum
   * @throws UncheckedIOException when the file cannot be written
   */
  public Checksum writeTo(Path file) {
    byte[] zip = build();
    try {
      Files.write(file, zip);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
    return checksumOf(zip);
  }

  /**
   * The checksum of a package, as a {@code CreateAppPkg} carries it.
   *
   * @param packageBytes the archive
   * @return algorithm {@code SHA-256} and the hexadecimal hash
   */
  public static Checksum checksumOf(byte[] packageBytes) {
    return new Checksum(AppPackageFormat.DIGEST_ALGORITHM, sha256Hex(packageBytes));
  }

  /**
   * The file names this builder will write, in order (for tools that list a package).
   *
   * @return the paths
   */
  public List<String> paths() {
    List<String> out = new ArrayList<>();
    out.add(AppPackageFormat.MANIFEST);
    if (signingKey != null) {
      out.add(AppPackageFormat.SIGNATURE);
      out.add(AppPackageFormat.CERTIFICATE);
    }
    out.add(AppPackageFormat.APPD);
    out.addAll(files.keySet());
    return out;
  }

  private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(FIXED_TIME);
    zip.putNextEntry(e);
    zip.write(content);
    zip.closeEntry();
  }

  private static String sha256Hex(byte[] content) {
    MessageDigest md = SafeZip.sha256();
    return HexFormat.of().formatHex(md.digest(content));
  }
}
