/**
 * The HTTP transport behind every mec4j client (OkHttp inside). <b>Not API:</b> these classes may change or disappear
 * in any release; use the client types and {@link io.mec4j.client.MecClientBuilder}.
 */
@NullMarked
package io.mec4j.client.internal;

import org.jspecify.annotations.NullMarked;
