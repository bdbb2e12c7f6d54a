package io.mec4j.platform.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Key pairs and trust stores for TLS tests, made with the JDK's keytool in a temporary folder. */
final class TestCerts {

  static final char[] PASS = "changeit".toCharArray();

  final Path dir;

  TestCerts() throws Exception {
    dir = Files.createTempDirectory("mec4j-certs");
    keypair("server", "CN=localhost", "SAN=ip:127.0.0.1,dns:localhost");
    keypair("client", "CN=app-1", null);
    keypair("stranger", "CN=stranger", null);
    export("server");
    export("client");
    trust("client-trust", "server");
    trust("server-trust", "client");
  }

  SSLContext context(String keyStore, String trustStore) throws Exception {
    KeyManagerFactory kmf = null;
    if (keyStore != null) {
      kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(load(keyStore), PASS);
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(load(trustStore));
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
    return ctx;
  }

  private KeyStore load(String name) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(dir.resolve(name + ".p12"))) {
      ks.load(in, PASS);
    }
    return ks;
  }

  private void keypair(String alias, String dname, String ext) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname",
        "secp256r1", "-dname", dname, "-validity", "2", "-keystore", dir.resolve(alias + ".p12").toString(),
        "-storetype", "PKCS12", "-storepass", new String(PASS)));
    if (ext != null) {
      cmd.addAll(List.of("-ext", ext));
    }
    keytool(cmd);
  }

  private void export(String alias) throws Exception {
    keytool(List.of("-exportcert", "-rfc", "-alias", alias, "-keystore", dir.resolve(alias + ".p12").toString(),
        "-storepass", new String(PASS), "-file", dir.resolve(alias + ".pem").toString()));
  }

  private void trust(String store, String alias) throws Exception {
    keytool(List.of("-importcert", "-noprompt", "-alias", alias, "-file", dir.resolve(alias + ".pem").toString(),
        "-keystore", dir.resolve(store + ".p12").toString(), "-storetype", "PKCS12", "-storepass", new String(PASS)));
  }

  private static void keytool(List<String> args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + cmd + "\n" + out);
    }
  }
}
