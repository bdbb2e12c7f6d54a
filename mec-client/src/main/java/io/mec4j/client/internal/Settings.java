package io.mec4j.client.internal;

import io.mec4j.client.RetryPolicy;
import io.mec4j.client.TokenProvider;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * <b>Not API.</b> Everything a client builder collects; kept by the client so {@code toBuilder()} can start from it.
 *
 * @param baseUri the API's base URI, e.g. {@code https://mep.example/mec_service_mgmt/v1}
 * @param tokens the bearer token source, or {@code null} to send no {@code Authorization} header
 * @param sslContext the TLS context (with key managers for mutual TLS), or {@code null} for the JDK defaults
 * @param trustManager the trust manager of {@code sslContext}
 * @param connectTimeout connect timeout
 * @param readTimeout read timeout
 * @param writeTimeout write timeout
 * @param callTimeout whole-call timeout, retries included
 * @param retryPolicy retries of idempotent calls
 * @param userAgent the {@code User-Agent} header
 */
public record Settings(
    URI baseUri,
    @Nullable TokenProvider tokens,
    @Nullable SSLContext sslContext,
    @Nullable X509TrustManager trustManager,
    Duration connectTimeout,
    Duration readTimeout,
    Duration writeTimeout,
    Duration callTimeout,
    RetryPolicy retryPolicy,
    String userAgent) {

  /** Checks the components. */
  public Settings {
    Objects.requireNonNull(baseUri, "baseUri");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(writeTimeout, "writeTimeout");
    Objects.requireNonNull(callTimeout, "callTimeout");
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    Objects.requireNonNull(userAgent, "userAgent");
  }
}
