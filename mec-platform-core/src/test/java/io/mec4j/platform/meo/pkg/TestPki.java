package io.mec4j.platform.meo.pkg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.x500.X500Principal;

/**
 * X.509 certificates for tests, made with java.security only: a minimal DER writer for the TBSCertificate (v3, basic
 * constraints, key usage, optional extended key usage), signed with SHA256withECDSA or SHA256withRSA.
 */
final class TestPki {

  /** A key pair and its certificate. */
  record Issued(KeyPair keys, X509Certificate cert) {
    PrivateKey privateKey() {
      return keys.getPrivate();
    }
  }

  private static final AtomicLong SERIAL = new AtomicLong(1000);
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private static final byte[] OID_BASIC_CONSTRAINTS = oid(2, 5, 29, 19);
  private static final byte[] OID_KEY_USAGE = oid(2, 5, 29, 15);
  private static final byte[] OID_EXT_KEY_USAGE = oid(2, 5, 29, 37);
  private static final byte[] OID_ECDSA_SHA256 = oid(1, 2, 840, 10045, 4, 3, 2);
  private static final byte[] OID_RSA_SHA256 = oid(1, 2, 840, 113549, 1, 1, 11);
  private static final byte[] OID_SERVER_AUTH = oid(1, 3, 6, 1, 5, 5, 7, 3, 1);

  private TestPki() {}

  static KeyPair ecKeys() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static KeyPair rsaKeys() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static Issued root(String cn) {
    KeyPair k = ecKeys();
    return new Issued(k, certificate("CN=" + cn, k, "CN=" + cn, k.getPrivate(), true, NOW.minusSeconds(3600),
        NOW.plus(3650, ChronoUnit.DAYS), false));
  }

  /** A self-signed certificate fit for signing (not a CA): what a vendor without a PKI might send. */
  static Issued selfSignedSigner(String cn) {
    KeyPair k = ecKeys();
    return new Issued(k, certificate("CN=" + cn, k, "CN=" + cn, k.getPrivate(), false, NOW.minusSeconds(3600),
        NOW.plus(30, ChronoUnit.DAYS), false));
  }

  static Issued intermediate(String cn, Issued issuer) {
    KeyPair k = ecKeys();
    return new Issued(k, certificate("CN=" + cn, k, issuer.cert().getSubjectX500Principal().getName(),
        issuer.privateKey(), true, NOW.minusSeconds(3600), NOW.plus(365, ChronoUnit.DAYS), false));
  }

  static Issued signer(String cn, Issued issuer) {
    return signer(cn, issuer, ecKeys(), NOW.minusSeconds(3600), NOW.plus(365, ChronoUnit.DAYS), false);
  }

  static Issued signer(String cn, Issued issuer, KeyPair keys, Instant notBefore, Instant notAfter,
      boolean serverAuthOnly) {
    return new Issued(keys, certificate("CN=" + cn, keys, issuer.cert().getSubjectX500Principal().getName(),
        issuer.privateKey(), false, notBefore, notAfter, serverAuthOnly));
  }

  static Instant now() {
    return NOW;
  }

  // ------------------------------------------------------------------------------------------------ DER

  private static X509Certificate certificate(String subject, KeyPair subjectKeys, String issuer, PrivateKey issuerKey,
      boolean ca, Instant notBefore, Instant notAfter, boolean serverAuthOnly) {
    boolean rsa = issuerKey.getAlgorithm().equals("RSA");
    byte[] algId = rsa ? seq(OID_RSA_SHA256, new byte[] {0x05, 0x00}) : seq(OID_ECDSA_SHA256);
    byte[] basic = seq(ca ? new byte[] {0x01, 0x01, (byte) 0xFF} : new byte[0]);
    byte[] usage = ca ? new byte[] {0x03, 0x02, 0x01, 0x06} : new byte[] {0x03, 0x02, 0x07, (byte) 0x80};
    ByteArrayOutputStream exts = new ByteArrayOutputStream();
    exts.writeBytes(seq(OID_BASIC_CONSTRAINTS, new byte[] {0x01, 0x01, (byte) 0xFF}, tlv(0x04, basic)));
    exts.writeBytes(seq(OID_KEY_USAGE, new byte[] {0x01, 0x01, (byte) 0xFF}, tlv(0x04, usage)));
    if (serverAuthOnly) {
      exts.writeBytes(seq(OID_EXT_KEY_USAGE, tlv(0x04, seq(OID_SERVER_AUTH))));
    }
    byte[] tbs = seq(
        tlv(0xA0, tlv(0x02, new byte[] {0x02})),
        tlv(0x02, BigInteger.valueOf(SERIAL.incrementAndGet()).toByteArray()),
        algId,
        new X500Principal(issuer).getEncoded(),
        seq(time(notBefore), time(notAfter)),
        new X500Principal(subject).getEncoded(),
        subjectKeys.getPublic().getEncoded(),
        tlv(0xA3, seq(exts.toByteArray())));
    try {
      Signature s = Signature.getInstance(rsa ? "SHA256withRSA" : "SHA256withECDSA");
      s.initSign(issuerKey);
      s.update(tbs);
      byte[] sig = s.sign();
      byte[] bits = new byte[sig.length + 1];
      System.arraycopy(sig, 0, bits, 1, sig.length);
      byte[] der = seq(tbs, algId, tlv(0x03, bits));
      return (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] time(Instant t) {
    int year = t.atOffset(ZoneOffset.UTC).getYear();
    if (year >= 1950 && year < 2050) {
      return tlv(0x17, DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC).format(t)
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    return tlv(0x18, DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC).format(t)
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  private static byte[] seq(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.writeBytes(p);
    }
    return tlv(0x30, b.toByteArray());
  }

  private static byte[] tlv(int tag, byte[] value) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(tag);
    int n = value.length;
    if (n < 0x80) {
      b.write(n);
    } else if (n < 0x100) {
      b.write(0x81);
      b.write(n);
    } else if (n < 0x10000) {
      b.write(0x82);
      b.write(n >> 8);
      b.write(n);
    } else {
      b.write(0x83);
      b.write(n >> 16);
      b.write(n >> 8);
      b.write(n);
    }
    b.writeBytes(value);
    return b.toByteArray();
  }

  private static byte[] oid(int... arcs) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(arcs[0] * 40 + arcs[1]);
    for (int i = 2; i < arcs.length; i++) {
      int v = arcs[i];
      int[] groups = new int[5];
      int n = 0;
      do {
        groups[n++] = v & 0x7F;
        v >>>= 7;
      } while (v != 0);
      for (int j = n - 1; j >= 0; j--) {
        b.write(groups[j] | (j > 0 ? 0x80 : 0));
      }
    }
    return tlv(0x06, b.toByteArray());
  }
}
