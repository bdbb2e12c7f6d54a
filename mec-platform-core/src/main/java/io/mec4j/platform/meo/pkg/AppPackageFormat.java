package io.mec4j.platform.meo.pkg;

/**
 * The mec4j application package format, version {@value #FORMAT_VERSION}: a ZIP archive holding the AppD, the
 * application's artifacts, a manifest with the SHA-256 of every file and, optionally, a signature over the manifest.
 * {@link AppPackageBuilder} writes it; {@link AppPackageManager} onboards it.
 *
 * <pre>
 * MANIFEST.mf          the manifest (required)
 * MANIFEST.sig         the signature over MANIFEST.mf (optional; required when the MEO requires signatures)
 * MANIFEST.cert        the signer's X.509 certificate chain (required with MANIFEST.sig)
 * APPD/appd.json       the AppD, MEC 010-2 clause 6.2.1.2, as JSON (required)
 * Artifacts/...        anything else: software images, scripts, documentation (any layout below the root)
 * </pre>
 *
 * <p><b>The manifest</b> ({@value #MANIFEST}) is UTF-8 text in the style of the ETSI GS NFV-SOL 004 manifest: a
 * {@code metadata:} block of {@code key: value} lines, then one block per file, blocks separated by an empty line.
 * Every file of the archive other than {@value #MANIFEST}, {@value #SIGNATURE} and {@value #CERTIFICATE} is listed
 * exactly once, with its {@value #DIGEST_ALGORITHM} digest in hexadecimal; directory entries are not listed.
 *
 * <pre>
 * metadata:
 * mec4j_package_format_version: 1.0
 *
 * Source: APPD/appd.json
 * Algorithm: SHA-256
 * Hash: 4b1c...e9
 *
 * Source: Artifacts/app.jar
 * Algorithm: SHA-256
 * Hash: 07aa...31
 * </pre>
 *
 * <p>Other metadata keys are allowed and ignored (they are covered by the signature); any other key in a file block
 * is an error.
 *
 * <p><b>The signature</b> ({@value #SIGNATURE}) is the Base64 encoding (RFC 4648, line breaks allowed) of a signature
 * over the exact bytes of {@value #MANIFEST}, made with the private key of the first certificate of
 * {@value #CERTIFICATE}: {@code SHA256withRSA} for an RSA key, {@code SHA256withECDSA} for an EC key, {@code Ed25519}
 * for an Ed25519 key. {@value #CERTIFICATE} holds PEM certificates ({@code -----BEGIN CERTIFICATE-----}), the signer
 * first, then any intermediates up to (optionally including) a certificate of the MEO's trust store. The chain is
 * validated with PKIX against the configured trust anchors at the time of onboarding (no revocation checking); every
 * certificate must be within its validity period; a signer certificate with a key usage extension must allow digital
 * signatures, one with an extended key usage extension must allow code signing.
 *
 * <p><b>What onboarding checks</b>, in order; the first failure puts the package in onboarding state {@code ERROR}
 * with a reason that names the file and the problem, and nothing of it can be instantiated:
 * <ol>
 *   <li>the archive itself: the checksum given when the package resource was created, then the hostile-archive
 *       rules of {@link PackageLimits} and of the entry names (relative, no {@code ..}, no backslashes or links, no
 *       duplicates);
 *   <li>{@value #MANIFEST} and {@value #APPD} are present; {@value #SIGNATURE} and {@value #CERTIFICATE} come
 *       together, and are present when signatures are required;
 *   <li>the signature and the certificate chain;
 *   <li>the manifest: every file listed, every listed file present, every digest matching;
 *   <li>the AppD: valid JSON of the right types, every MEC 010-2 constraint (bean validation), an {@code appDId}
 *       usable in a URI path and not held by another onboarded package, and every software image that names a file
 *       ({@code swImage} without a {@code scheme://}) present in the package and matching the image's
 *       {@code checksum} when the AppD gives one.
 * </ol>
 */
public final class AppPackageFormat {

  /** The version of this format, written to the manifest's metadata. */
  public static final String FORMAT_VERSION = "1.0";

  /** The manifest's metadata key that holds {@link #FORMAT_VERSION}. */
  public static final String FORMAT_VERSION_KEY = "mec4j_package_format_version";

  /** Path of the manifest. */
  public static final String MANIFEST = "MANIFEST.mf";

  /** Path of the signature over the manifest. */
  public static final String SIGNATURE = "MANIFEST.sig";

  /** Path of the signer's certificate chain. */
  public static final String CERTIFICATE = "MANIFEST.cert";

  /** Path of the AppD. */
  public static final String APPD = "APPD/appd.json";

  /** The digest algorithm of the manifest. */
  public static final String DIGEST_ALGORITHM = "SHA-256";

  /** The content type of a package. */
  public static final String CONTENT_TYPE = "application/zip";

  private AppPackageFormat() {}

  /**
   * Whether a path is one of the files the manifest does not list (the manifest, its signature and certificates).
   *
   * @param path a path inside the package
   * @return true for {@link #MANIFEST}, {@link #SIGNATURE} and {@link #CERTIFICATE}
   */
  public static boolean isManifestFile(String path) {
    return path.equals(MANIFEST) || path.equals(SIGNATURE) || path.equals(CERTIFICATE);
  }
}
