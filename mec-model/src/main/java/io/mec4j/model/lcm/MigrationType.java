package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * How a virtualised resource may be migrated when NFVI maintenance impacts it.
 *
 * <p>ETSI GS NFV-IFA 011, clause 7.1.8.17.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when reading and must
 * not be sent.
 */
public enum MigrationType {
  /** No migration. */
  NO_MIGRATION,
  /** Migration with the resource stopped. */
  OFFLINE_MIGRATION,
  /** Migration of the running resource. */
  LIVE_MIGRATION,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
