package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Whether the internal virtual link instances created from a descriptor are to be managed externally, the intent of the
 * application designer.
 *
 * <p>ETSI GS NFV-IFA 011 {@code VnfVirtualLinkDesc.externallyManaged}; {@code ALLOWED} when absent.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when reading and must
 * not be sent.
 */
public enum ExternallyManaged {
  /** The link instances are to be managed externally. */
  REQUIRED,
  /** The link instances may be managed externally. */
  ALLOWED,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
