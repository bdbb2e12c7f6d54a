package io.mec4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mec4j.client.mp1.ServiceMgmtClient;
import java.net.InetAddress;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** TLS and mutual TLS with certificates generated for the test. */
class MutualTlsTest {

  private final HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("mec4j test CA")
      .build();
  private final HeldCertificate serverCert = new HeldCertificate.Builder().signedBy(ca).commonName("mep")
      .addSubjectAlternativeName("localhost").addSubjectAlternativeName("127.0.0.1")
      .addSubjectAlternativeName(InetAddress.getLoopbackAddress().getHostName()).build();
  private final HeldCertificate clientCert = new HeldCertificate.Builder().signedBy(ca).commonName("app-1").build();
  private final WireServer wire = new WireServer();

  @BeforeEach
  void https() {
    HandshakeCertificates server = new HandshakeCertificates.Builder().heldCertificate(serverCert, ca.certificate())
        .addTrustedCertificate(ca.certificate()).build();
    wire.server.useHttps(server.sslSocketFactory());
    wire.server.requireClientAuth();
  }

  @AfterEach
  void close() {
    wire.close();
  }

  private KeyStore trustStore() throws Exception {
    KeyStore ts = KeyStore.getInstance("PKCS12");
    ts.load(null, null);
    ts.setCertificateEntry("ca", ca.certificate());
    return ts;
  }

  @Test
  void mutualTls_fromKeyStores_presentsTheClientCertificate() throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    char[] pw = "changeit".toCharArray();
    ks.setKeyEntry("app-1", clientCert.keyPair().getPrivate(), pw, new Certificate[] {clientCert.certificate(),
        ca.certificate()});
    wire.json(200, "[]");

    try (ServiceMgmtClient mp1 = ServiceMgmtClient.builder().baseUri(wire.uri("/mec_service_mgmt/v1"))
        .mutualTls(ks, pw, trustStore()).build()) {
      assertThat(mp1.getServices()).isEmpty();
    }

    WireServer.Taken r = wire.take();
    assertThat(r.request().getHandshake()).isNotNull();
    X509Certificate peer = (X509Certificate) r.request().getHandshake().peerCertificates().get(0);
    assertThat(peer.getSubjectX500Principal().getName()).contains("CN=app-1");
  }

  @Test
  void mutualTls_fromSslContext_works() {
    HandshakeCertificates client = new HandshakeCertificates.Builder().heldCertificate(clientCert, ca.certificate())
        .addTrustedCertificate(ca.certificate()).build();
    wire.json(200, "[]");

    try (ServiceMgmtClient mp1 = ServiceMgmtClient.builder().baseUri(wire.uri("/mec_service_mgmt/v1"))
        .tls(client.sslContext(), client.trustManager()).build()) {
      assertThat(mp1.getServices()).isEmpty();
    }
  }

  @Test
  void withoutClientCertificate_handshakeFailsWithAClearMessage() throws Exception {
    try (ServiceMgmtClient mp1 = ServiceMgmtClient.builder().baseUri(wire.uri("/mec_service_mgmt/v1"))
        .tls(trustStore()).retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(mp1::getServices).isInstanceOf(MecClientException.class)
          .hasMessageContaining("failed");
    }
  }

  @Test
  void untrustedServer_failsNamingTheTrustStore() {
    HeldCertificate otherCa = new HeldCertificate.Builder().certificateAuthority(0).build();
    HandshakeCertificates client = new HandshakeCertificates.Builder().heldCertificate(clientCert, ca.certificate())
        .addTrustedCertificate(otherCa.certificate()).build();

    try (ServiceMgmtClient mp1 = ServiceMgmtClient.builder().baseUri(wire.uri("/mec_service_mgmt/v1"))
        .tls(client.sslContext(), client.trustManager()).retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(mp1::getServices).isInstanceOf(MecClientException.class)
          .hasMessageContaining("TLS handshake").hasMessageContaining("trust store");
    }
  }
}
