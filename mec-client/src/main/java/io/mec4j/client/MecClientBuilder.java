package io.mec4j.client;

import io.mec4j.client.internal.Engine;
import io.mec4j.client.internal.HttpTransport;
import io.mec4j.client.internal.Settings;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * The settings every mec4j client builder takes: where the API is, how to authenticate, TLS, timeouts and retries.
 *
 * <pre>{@code
 * ServiceMgmtClient mp1 = ServiceMgmtClient.builder()
 *     .baseUri(URI.create("https://mep.example/mec_service_mgmt/v1"))
 *     .tokenProvider(tokens)                                        // or .bearerToken("...")
 *     .mutualTls(clientKeys, keyPassword, trustedCas)               // or .tls(sslContext, trustManager)
 *     .callTimeout(Duration.ofSeconds(5))
 *     .retryPolicy(RetryPolicy.defaults())
 *     .build();
 * }</pre>
 *
 * <p>Defaults: no {@code Authorization} header, the JDK's trusted CAs, connect timeout 5 s, read and write timeouts
 * 30 s, call timeout 60 s, {@link RetryPolicy#defaults()}. Settings that cannot work fail when they are set or at
 * {@code build()}, never at the first call.
 *
 * @param <B> the concrete builder type
 */
public abstract class MecClientBuilder<B extends MecClientBuilder<B>> {

  private @Nullable URI baseUri;
  private @Nullable TokenProvider tokens;
  private @Nullable SSLContext sslContext;
  private @Nullable X509TrustManager trustManager;
  private Duration connectTimeout = Duration.ofSeconds(5);
  private Duration readTimeout = Duration.ofSeconds(30);
  private Duration writeTimeout = Duration.ofSeconds(30);
  private Duration callTimeout = Duration.ofSeconds(60);
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private String userAgent = "mec4j-client";
  private @Nullable Engine engine;

  /** For subclasses. */
  protected MecClientBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * The API's base URI, up to and including the API name and version, e.g. {@code
   * https://mep.example/mec_service_mgmt/v1}.
   *
   * @param baseUri an absolute {@code http} or {@code https} URI
   * @return this builder
   */
  public B baseUri(URI baseUri) {
    Objects.requireNonNull(baseUri, "baseUri");
    if (!baseUri.isAbsolute() || !("http".equals(baseUri.getScheme()) || "https".equals(baseUri.getScheme()))) {
      throw new IllegalArgumentException("baseUri must be an absolute http or https URI such as"
          + " https://mep.example/mec_service_mgmt/v1, was " + baseUri);
    }
    this.baseUri = baseUri;
    return self();
  }

  /**
   * The API's base URI as text.
   *
   * @param baseUri e.g. {@code https://mep.example/mec_service_mgmt/v1}
   * @return this builder
   */
  public B baseUri(String baseUri) {
    return baseUri(URI.create(Objects.requireNonNull(baseUri, "baseUri")));
  }

  /**
   * Where bearer tokens come from (see {@link OAuth2ClientCredentials}).
   *
   * @param tokens the provider, or {@code null} to send no {@code Authorization} header
   * @return this builder
   */
  public B tokenProvider(@Nullable TokenProvider tokens) {
    this.tokens = tokens;
    return self();
  }

  /**
   * A fixed bearer token.
   *
   * @param token the token, without the {@code Bearer } prefix
   * @return this builder
   */
  public B bearerToken(String token) {
    return tokenProvider(TokenProvider.of(token));
  }

  /**
   * TLS with an {@link SSLContext} of your own: its trust manager decides which servers are trusted, and its key
   * managers (if any) give the client certificate for mutual TLS.
   *
   * @param sslContext the initialised context
   * @param trustManager the trust manager the context was initialised with
   * @return this builder
   */
  public B tls(SSLContext sslContext, X509TrustManager trustManager) {
    this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
    this.trustManager = Objects.requireNonNull(trustManager, "trustManager");
    return self();
  }

  /**
   * TLS trusting the certificates (or CAs) in a trust store, instead of the JDK's default CAs.
   *
   * @param trustStore the trusted certificates
   * @return this builder
   */
  public B tls(KeyStore trustStore) {
    return tlsContext(null, null, Objects.requireNonNull(trustStore, "trustStore"));
  }

  /**
   * Mutual TLS: the client presents the private key and certificate chain in {@code keyStore} and trusts the servers
   * whose certificates chain to {@code trustStore}.
   *
   * @param keyStore the client's key and certificate chain
   * @param keyPassword the password of the key in {@code keyStore}
   * @param trustStore the trusted certificates, or {@code null} for the JDK's default CAs
   * @return this builder
   */
  public B mutualTls(KeyStore keyStore, char[] keyPassword, @Nullable KeyStore trustStore) {
    return tlsContext(Objects.requireNonNull(keyStore, "keyStore"), Objects.requireNonNull(keyPassword,
        "keyPassword"), trustStore);
  }

  private B tlsContext(@Nullable KeyStore keys, char @Nullable [] password, @Nullable KeyStore trust) {
    try {
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      X509TrustManager tm = null;
      for (TrustManager t : tmf.getTrustManagers()) {
        if (t instanceof X509TrustManager x) {
          tm = x;
        }
      }
      if (tm == null) {
        throw new IllegalArgumentException("The trust store gives no X.509 trust manager");
      }
      javax.net.ssl.KeyManager[] kms = null;
      if (keys != null) {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        kms = kmf.getKeyManagers();
      }
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kms, new TrustManager[] {tm}, null);
      return tls(ctx, tm);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Cannot set up TLS from the given key and trust stores (" + e.getMessage()
          + "): check the store contents and the key password", e);
    }
  }

  /**
   * How long to wait for a connection.
   *
   * @param timeout positive
   * @return this builder
   */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return self();
  }

  /**
   * How long to wait between bytes of the answer.
   *
   * @param timeout positive
   * @return this builder
   */
  public B readTimeout(Duration timeout) {
    this.readTimeout = positive(timeout, "readTimeout");
    return self();
  }

  /**
   * How long to wait between bytes of the request.
   *
   * @param timeout positive
   * @return this builder
   */
  public B writeTimeout(Duration timeout) {
    this.writeTimeout = positive(timeout, "writeTimeout");
    return self();
  }

  /**
   * The longest a whole call may take, retries and token refresh included.
   *
   * @param timeout positive
   * @return this builder
   */
  public B callTimeout(Duration timeout) {
    this.callTimeout = positive(timeout, "callTimeout");
    return self();
  }

  /**
   * When idempotent calls are repeated.
   *
   * @param policy the policy; {@link RetryPolicy#none()} to never retry
   * @return this builder
   */
  public B retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "policy");
    return self();
  }

  /**
   * The {@code User-Agent} header.
   *
   * @param userAgent e.g. {@code my-mec-app/1.2}
   * @return this builder
   */
  public B userAgent(String userAgent) {
    Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
    this.userAgent = userAgent;
    return self();
  }

  private static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
    return d;
  }

  /**
   * Starts from the settings of an existing client and shares its connection pool (used by {@code toBuilder()}).
   *
   * @param transport the existing client's transport
   * @return this builder
   */
  protected final B from(HttpTransport transport) {
    Settings s = transport.settings();
    this.baseUri = s.baseUri();
    this.tokens = s.tokens();
    this.sslContext = s.sslContext();
    this.trustManager = s.trustManager();
    this.connectTimeout = s.connectTimeout();
    this.readTimeout = s.readTimeout();
    this.writeTimeout = s.writeTimeout();
    this.callTimeout = s.callTimeout();
    this.retryPolicy = s.retryPolicy();
    this.userAgent = s.userAgent();
    this.engine = transport.engine();
    return self();
  }

  /**
   * The transport for a new client with these settings.
   *
   * @param clientType the client class (names the logger)
   * @param example an example base URI for the error message when none was set
   * @return the transport
   * @throws IllegalStateException when no base URI was set
   */
  protected final HttpTransport transport(Class<?> clientType, String example) {
    if (baseUri == null) {
      throw new IllegalStateException(clientType.getSimpleName() + " needs a baseUri, e.g. " + example);
    }
    return new HttpTransport(new Settings(baseUri, tokens, sslContext, trustManager, connectTimeout, readTimeout,
        writeTimeout, callTimeout, retryPolicy, userAgent), engine, clientType);
  }
}
