package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The type of a virtual storage resource.
 *
 * <p>ETSI GS NFV-IFA 011 {@code VirtualStorageDesc.typeOfStorage}.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when reading and must
 * not be sent.
 */
public enum TypeOfStorage {
  /** Block storage, see {@link BlockStorageData}. */
  BLOCK,
  /** Object storage, see {@link ObjectStorageData}. */
  OBJECT,
  /** Shared file storage, see {@link FileStorageData}. */
  FILE,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
