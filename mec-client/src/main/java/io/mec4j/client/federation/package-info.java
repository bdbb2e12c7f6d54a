/**
 * Client of MEC 040 federation enablement ({@code /fed_enablement/v1}): {@link
 * io.mec4j.client.federation.FederationClient}.
 */
@NullMarked
package io.mec4j.client.federation;

import org.jspecify.annotations.NullMarked;
