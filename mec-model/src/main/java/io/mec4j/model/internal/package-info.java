/**
 * Implementation helpers of the model records. <b>Not API:</b> these classes may change or disappear in any release.
 */
@NullMarked
package io.mec4j.model.internal;

import org.jspecify.annotations.NullMarked;
