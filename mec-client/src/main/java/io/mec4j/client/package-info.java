/**
 * Typed Java clients for the ETSI MEC APIs: what they share.
 *
 * <p>One client type per ETSI API lives in a package named after it ({@code io.mec4j.client.mp1}, {@code
 * io.mec4j.client.lcm}, {@code io.mec4j.client.federation}, {@code io.mec4j.client.ams}); this package holds what they
 * have in common: the {@link io.mec4j.client.MecClientBuilder settings} every client builder takes (base URI, tokens,
 * TLS and mutual TLS, timeouts, retries), {@link io.mec4j.client.TokenProvider} and the OAuth 2.0 {@link
 * io.mec4j.client.OAuth2ClientCredentials client credentials} provider, {@link io.mec4j.client.RetryPolicy}, {@link
 * io.mec4j.client.ETagged} and {@link io.mec4j.client.MecClientException}.
 *
 * <p>Errors: a server's error answer is a {@link io.mec4j.model.error.MecServiceException} (or a subclass such as
 * {@link io.mec4j.model.error.MecNotFoundException}) with the status, the parsed {@code ProblemDetails}, the method and
 * the URI; no answer at all (I/O error, timeout, an answer that cannot be decoded) is a {@link
 * io.mec4j.client.MecClientException}. Both are unchecked.
 */
@NullMarked
package io.mec4j.client;

import org.jspecify.annotations.NullMarked;
