/** Implementation helpers shared by the engines and bindings. <b>Not API:</b> may change in any release. */
@NullMarked
package io.mec4j.platform.internal;

import org.jspecify.annotations.NullMarked;
