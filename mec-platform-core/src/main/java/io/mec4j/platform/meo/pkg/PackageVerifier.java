package io.mec4j.platform.meo.pkg;

import io.mec4j.model.error.MecBadRequestException;
import io.mec4j.model.lcm.AppD;
import io.mec4j.model.lcm.ChecksumData;
import io.mec4j.model.lcm.OsContainerDescriptor;
import io.mec4j.model.lcm.SwImageDescriptor;
import io.mec4j.platform.http.JsonBodies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks one uploaded package as {@link AppPackageFormat} describes and unpacks it into a directory. Stateless apart
 * from its settings; thread-safe.
 */
final class PackageVerifier {

  private static final Logger LOG = LoggerFactory.getLogger(PackageVerifier.class);

  /** AppD ids appear as a URI path segment: URI-unreserved characters only. */
  private static final Pattern APPD_ID = Pattern.compile("[A-Za-z0-9._~-]{1,256}");

  /** A software image the AppD names, with its file in the package when it is one. */
  record Image(String id, String name, String version, String containerFormat, String swImage,
      @Nullable String path, @Nullable String sha256, @Nullable Long size) {}

  /**
   * A package that passed every check.
   *
   * @param appD the validated AppD
   * @param digests SHA-256 of every file, by path
   * @param images the software images the AppD names
   * @param signer the verified signer, or null for an unsigned package
   */
  record Verified(AppD appD, Map<String, String> digests, List<Image> images, @Nullable X509Certificate signer) {}

  private final PackageLimits limits;
  private final Set<TrustAnchor> anchors;
  private final boolean requireSignatures;

  PackageVerifier(PackageLimits limits, Set<TrustAnchor> anchors, boolean requireSignatures) {
    this.limits = limits;
    this.anchors = Set.copyOf(anchors);
    this.requireSignatures = requireSignatures;
  }

  /**
   * Checks a package archive and unpacks it.
   *
   * @param archive the uploaded archive
   * @param target an empty directory for the content
   * @param now the time for certificate validity
   * @return the verified package
   * @throws PackageRejectedException naming the file and the problem
   * @throws IOException when the archive cannot be read or the content not written
   */
  Verified verify(Path archive, Path target, Instant now) throws PackageRejectedException, IOException {
    Map<String, String> digests;
    List<String> files;
    try (FileChannel ch = FileChannel.open(archive, StandardOpenOption.READ)) {
      SafeZip zip = SafeZip.open(ch, limits);
      files = zip.fileNames();
      if (!files.contains(AppPackageFormat.MANIFEST)) {
        throw new PackageRejectedException("The package has no " + AppPackageFormat.MANIFEST + " at its root");
      }
      if (!files.contains(AppPackageFormat.APPD)) {
        throw new PackageRejectedException("Missing AppD: the package has no " + AppPackageFormat.APPD);
      }
      boolean signed = files.contains(AppPackageFormat.SIGNATURE);
      if (signed != files.contains(AppPackageFormat.CERTIFICATE)) {
        throw new PackageRejectedException(signed
            ? "The package has " + AppPackageFormat.SIGNATURE + " but no " + AppPackageFormat.CERTIFICATE
                + " with the signer's certificate chain"
            : "The package has " + AppPackageFormat.CERTIFICATE + " but no " + AppPackageFormat.SIGNATURE);
      }
      if (!signed && requireSignatures) {
        throw new PackageRejectedException("The package is not signed (no " + AppPackageFormat.SIGNATURE
            + "), and this MEO only onboards signed packages");
      }
      for (SafeZip.Entry e : zip.entries()) {
        if (isDescriptor(e.name()) && e.size() > limits.maxDescriptorBytes()) {
          throw new PackageRejectedException(e.name() + " is " + e.size() + " bytes, more than the limit of "
              + limits.maxDescriptorBytes());
        }
      }
      digests = zip.extractTo(target);
    }
    byte[] manifestBytes = Files.readAllBytes(target.resolve(AppPackageFormat.MANIFEST));
    X509Certificate signer = null;
    if (digests.containsKey(AppPackageFormat.SIGNATURE)) {
      if (anchors.isEmpty()) {
        LOG.warn("Package is signed but no trust anchors are configured; its signature is not checked");
      } else {
        signer = ManifestSignatures.verify(manifestBytes,
            Files.readAllBytes(target.resolve(AppPackageFormat.SIGNATURE)),
            Files.readAllBytes(target.resolve(AppPackageFormat.CERTIFICATE)), anchors, now);
      }
    }
    Manifest manifest = Manifest.parse(manifestBytes);
    for (Map.Entry<String, String> f : digests.entrySet()) {
      String path = f.getKey();
      if (AppPackageFormat.isManifestFile(path)) {
        continue;
      }
      String listed = manifest.digests().get(path);
      if (listed == null) {
        throw new PackageRejectedException("File " + path + " is not listed in " + AppPackageFormat.MANIFEST
            + "; every file must be");
      }
      if (!listed.equals(f.getValue())) {
        throw new PackageRejectedException("Integrity check failed: the SHA-256 of " + path + " is " + f.getValue()
            + " but " + AppPackageFormat.MANIFEST + " says " + listed + " (the file was altered or the manifest is"
            + " wrong)");
      }
    }
    for (String listed : manifest.digests().keySet()) {
      if (!digests.containsKey(listed)) {
        throw new PackageRejectedException(AppPackageFormat.MANIFEST + " lists " + listed
            + ", which is not in the package");
      }
    }
    AppD appD = readAppD(Files.readAllBytes(target.resolve(AppPackageFormat.APPD)));
    List<Image> images = checkImages(appD, digests, target);
    return new Verified(appD, digests, images, signer);
  }

  private static boolean isDescriptor(String name) {
    return AppPackageFormat.isManifestFile(name) || name.equals(AppPackageFormat.APPD);
  }

  private static AppD readAppD(byte[] json) throws PackageRejectedException {
    AppD appD;
    try {
      appD = JsonBodies.parse(json, AppD.class, AppPackageFormat.APPD);
    } catch (MecBadRequestException e) {
      throw new PackageRejectedException("Invalid AppD in " + AppPackageFormat.APPD + ": " + e.getMessage());
    }
    if (!APPD_ID.matcher(appD.appDId()).matches()) {
      throw new PackageRejectedException("Invalid AppD in " + AppPackageFormat.APPD + ": appDId '"
          + EntryNames.shown(appD.appDId()) + "' must be 1 to 256 letters, digits or -._~ (it names a URI path"
          + " segment)");
    }
    return appD;
  }

  private static List<Image> checkImages(AppD appD, Map<String, String> digests, Path content)
      throws PackageRejectedException, IOException {
    List<Image> images = new ArrayList<>();
    for (SwImageDescriptor d : appD.swImageDescriptor()) {
      images.add(image("swImageDescriptor " + d.id(), d.id(), d.name(), d.version(), d.containerFormat(),
          d.swImage(), d.checksum(), digests, content));
    }
    if (appD.osContainerDescriptor() != null) {
      for (OsContainerDescriptor c : appD.osContainerDescriptor()) {
        var d = c.swImageDesc();
        images.add(image("osContainerDescriptor " + c.osContainerDescId(), d.id(), d.name(), d.version(),
            d.containerFormat(), d.swImage(), d.checksum(), digests, content));
      }
    }
    return images;
  }

  private static Image image(String where, String id, String name, String version, String containerFormat,
      String swImage, @Nullable ChecksumData checksum, Map<String, String> digests, Path content)
      throws PackageRejectedException, IOException {
    if (swImage.contains("://")) {
      return new Image(id, name, version, containerFormat, swImage, null, null, null);
    }
    String problem = EntryNames.problem(swImage);
    if (problem != null) {
      throw new PackageRejectedException("Invalid AppD: " + where + " names swImage '" + EntryNames.shown(swImage)
          + "': " + problem);
    }
    String sha256 = digests.get(swImage);
    if (sha256 == null || AppPackageFormat.isManifestFile(swImage)) {
      throw new PackageRejectedException("Invalid AppD: " + where + " names swImage " + swImage
          + ", which is not in the package (give a path inside the package, or a URL with a scheme)");
    }
    Path file = content.resolve(swImage);
    if (checksum != null) {
      String algorithm = javaAlgorithm(checksum.algorithm());
      if (algorithm == null) {
        throw new PackageRejectedException("Invalid AppD: " + where + " gives a checksum with algorithm "
            + checksum.algorithm() + "; use SHA-256, SHA-384 or SHA-512");
      }
      String actual = algorithm.equals("SHA-256") ? sha256 : digest(file, algorithm);
      if (!actual.equalsIgnoreCase(checksum.hash().strip())) {
        throw new PackageRejectedException("Integrity check failed: the " + algorithm + " of " + swImage + " is "
            + actual + " but the AppD (" + where + ") says " + checksum.hash());
      }
    }
    return new Image(id, name, version, containerFormat, swImage, swImage, sha256, Files.size(file));
  }

  /**
   * The Java name of a checksum algorithm of MEC 010-2 / ETSI NFV-SOL 004 ({@code SHA-256}, {@code sha-256},
   * {@code SHA256}, ...).
   *
   * @param name the name as given
   * @return {@code SHA-256}, {@code SHA-384} or {@code SHA-512}, or null when unsupported
   */
  static @Nullable String javaAlgorithm(String name) {
    return switch (name.strip().toUpperCase(Locale.ROOT).replace("_", "-")) {
      case "SHA-256", "SHA256" -> "SHA-256";
      case "SHA-384", "SHA384" -> "SHA-384";
      case "SHA-512", "SHA512" -> "SHA-512";
      default -> null;
    };
  }

  static String digest(Path file, String algorithm) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required of every Java runtime", e);
    }
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
