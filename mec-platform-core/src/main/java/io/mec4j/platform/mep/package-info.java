/**
 * The MEC platform (MEP) engine: MEC 011 service management and application support (Mp1) as a plain Java API,
 * {@link io.mec4j.platform.mep.MecPlatform}, plus its HTTP binding {@link io.mec4j.platform.mep.Mp1HttpBinding}.
 */
@NullMarked
package io.mec4j.platform.mep;

import org.jspecify.annotations.NullMarked;
