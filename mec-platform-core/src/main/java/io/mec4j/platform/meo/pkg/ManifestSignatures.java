package io.mec4j.platform.meo.pkg;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Signs and verifies the package manifest as {@link AppPackageFormat} describes. */
final class ManifestSignatures {

  private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
  private static final String END = "-----END CERTIFICATE-----";
  private static final String CODE_SIGNING = "1.3.6.1.5.5.7.3.3";
  private static final String ANY_EKU = "2.5.29.37.0";

  private ManifestSignatures() {}

  /**
   * The signature algorithm for a key.
   *
   * @param key the signer's private or public key
   * @return the JCA algorithm name
   * @throws IllegalArgumentException for an unsupported key type
   */
  static String algorithmFor(Key key) {
    return switch (key.getAlgorithm().toUpperCase(Locale.ROOT)) {
      case "RSA" -> "SHA256withRSA";
      case "EC" -> "SHA256withECDSA";
      case "ED25519", "EDDSA" -> "Ed25519";
      default -> throw new IllegalArgumentException("Unsupported signing key type " + key.getAlgorithm()
          + "; use RSA, EC or Ed25519");
    };
  }

  /**
   * Signs manifest bytes.
   *
   * @param manifest the exact manifest bytes
   * @param key the signer's private key
   * @return the content of {@link AppPackageFormat#SIGNATURE}
   */
  static byte[] sign(byte[] manifest, PrivateKey key) {
    try {
      Signature s = Signature.getInstance(algorithmFor(key));
      s.initSign(key);
      s.update(manifest);
      return (Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(s.sign()) + "\n")
          .getBytes(StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Cannot sign the manifest with this key: " + e.getMessage(), e);
    }
  }

  /**
   * Writes certificates as PEM.
   *
   * @param chain the certificates, signer first
   * @return the content of {@link AppPackageFormat#CERTIFICATE}
   */
  static byte[] pem(List<X509Certificate> chain) {
    StringBuilder b = new StringBuilder();
    Base64.Encoder enc = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
    for (X509Certificate c : chain) {
      try {
        b.append(BEGIN).append('\n').append(enc.encodeToString(c.getEncoded())).append('\n').append(END).append('\n');
      } catch (CertificateEncodingException e) {
        throw new IllegalArgumentException("Cannot encode certificate " + c.getSubjectX500Principal(), e);
      }
    }
    return b.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Reads PEM certificates.
   *
   * @param pem the file content
   * @return the certificates in file order
   * @throws PackageRejectedException when the file holds no certificate or a malformed one
   */
  static List<X509Certificate> parsePem(byte[] pem) throws PackageRejectedException {
    String text = new String(pem, StandardCharsets.US_ASCII);
    List<X509Certificate> out = new ArrayList<>();
    CertificateFactory cf;
    try {
      cf = CertificateFactory.getInstance("X.509");
    } catch (CertificateException e) {
      throw new IllegalStateException("X.509 is required of every Java runtime", e);
    }
    int from = 0;
    while (true) {
      int begin = text.indexOf(BEGIN, from);
      if (begin < 0) {
        break;
      }
      int end = text.indexOf(END, begin);
      if (end < 0) {
        throw new PackageRejectedException(AppPackageFormat.CERTIFICATE + ": certificate " + (out.size() + 1)
            + " has no END line");
      }
      String body = text.substring(begin + BEGIN.length(), end).replaceAll("\\s", "");
      try {
        byte[] der = Base64.getDecoder().decode(body);
        out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der)));
      } catch (IllegalArgumentException | CertificateException | ClassCastException e) {
        throw new PackageRejectedException(AppPackageFormat.CERTIFICATE + ": certificate " + (out.size() + 1)
            + " is not a valid X.509 certificate");
      }
      from = end + END.length();
    }
    if (out.isEmpty()) {
      throw new PackageRejectedException(AppPackageFormat.CERTIFICATE + " holds no PEM certificate");
    }
    return out;
  }

  /**
   * Verifies the signature over the manifest and the signer's chain.
   *
   * @param manifest the exact manifest bytes
   * @param signatureFile the content of {@link AppPackageFormat#SIGNATURE}
   * @param certificateFile the content of {@link AppPackageFormat#CERTIFICATE}
   * @param anchors the trust anchors; not empty
   * @param now the time to validate at
   * @return the signer's certificate
   * @throws PackageRejectedException naming what does not verify
   */
  static X509Certificate verify(byte[] manifest, byte[] signatureFile, byte[] certificateFile, Set<TrustAnchor> anchors,
      Instant now) throws PackageRejectedException {
    List<X509Certificate> chain = parsePem(certificateFile);
    X509Certificate signer = chain.get(0);
    byte[] signature;
    try {
      signature = Base64.getMimeDecoder().decode(new String(signatureFile, StandardCharsets.US_ASCII).strip());
    } catch (IllegalArgumentException e) {
      throw new PackageRejectedException(AppPackageFormat.SIGNATURE + " is not Base64");
    }
    if (signature.length == 0) {
      throw new PackageRejectedException(AppPackageFormat.SIGNATURE + " is empty");
    }
    String algorithm;
    try {
      algorithm = algorithmFor(signer.getPublicKey());
    } catch (IllegalArgumentException e) {
      throw new PackageRejectedException("Signer certificate " + subject(signer) + ": " + e.getMessage());
    }
    try {
      Signature s = Signature.getInstance(algorithm);
      s.initVerify(signer.getPublicKey());
      s.update(manifest);
      if (!s.verify(signature)) {
        throw new PackageRejectedException("The signature in " + AppPackageFormat.SIGNATURE + " does not verify: "
            + AppPackageFormat.MANIFEST + " was changed after signing, or was signed with another key than that of "
            + subject(signer));
      }
    } catch (InvalidKeyException | SignatureException e) {
      throw new PackageRejectedException("The signature in " + AppPackageFormat.SIGNATURE + " cannot be checked: "
          + e.getMessage());
    } catch (GeneralSecurityException e) {
      throw new PackageRejectedException("Signature algorithm " + algorithm + " is not available: " + e.getMessage());
    }
    Date at = Date.from(now);
    for (X509Certificate c : chain) {
      try {
        c.checkValidity(at);
      } catch (CertificateExpiredException e) {
        throw new PackageRejectedException("Certificate " + subject(c) + " in " + AppPackageFormat.CERTIFICATE
            + " expired on " + c.getNotAfter().toInstant());
      } catch (CertificateNotYetValidException e) {
        throw new PackageRejectedException("Certificate " + subject(c) + " in " + AppPackageFormat.CERTIFICATE
            + " is not valid before " + c.getNotBefore().toInstant());
      }
    }
    boolean[] usage = signer.getKeyUsage();
    if (usage != null && !(usage.length > 0 && usage[0]) && !(usage.length > 1 && usage[1])) {
      throw new PackageRejectedException("Signer certificate " + subject(signer)
          + " does not allow digital signatures (key usage)");
    }
    try {
      List<String> eku = signer.getExtendedKeyUsage();
      if (eku != null && !eku.contains(CODE_SIGNING) && !eku.contains(ANY_EKU)) {
        throw new PackageRejectedException("Signer certificate " + subject(signer)
            + " does not allow code signing (extended key usage)");
      }
    } catch (java.security.cert.CertificateParsingException e) {
      throw new PackageRejectedException("Signer certificate " + subject(signer)
          + " has a malformed extended key usage");
    }
    List<X509Certificate> path = new ArrayList<>(chain);
    // a chain may end with the trust anchor itself; PKIX wants the path without it
    while (path.size() > 1 && isAnchor(path.get(path.size() - 1), anchors)) {
      path.remove(path.size() - 1);
    }
    if (path.size() == 1 && isAnchor(signer, anchors)) {
      return signer; // the signer's own certificate is trusted directly
    }
    try {
      CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
      PKIXParameters params = new PKIXParameters(anchors);
      params.setRevocationEnabled(false);
      params.setDate(at);
      CertPathValidator.getInstance("PKIX").validate(certPath, params);
    } catch (CertPathValidatorException e) {
      throw new PackageRejectedException("The signer " + subject(signer) + " is not trusted: its certificate chain"
          + " does not lead to a trust anchor of this MEO (" + e.getMessage() + ")");
    } catch (GeneralSecurityException e) {
      throw new PackageRejectedException("The certificate chain in " + AppPackageFormat.CERTIFICATE
          + " cannot be validated: " + e.getMessage());
    }
    return signer;
  }

  private static boolean isAnchor(X509Certificate c, Set<TrustAnchor> anchors) {
    for (TrustAnchor a : anchors) {
      if (c.equals(a.getTrustedCert())) {
        return true;
      }
    }
    return false;
  }

  static String subject(X509Certificate c) {
    return "'" + c.getSubjectX500Principal().getName() + "'";
  }
}
