package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Type of a resource in a grant request, which decides the kind of AppD template that defines it.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
public enum ResourceType {
  /** A compute resource, defined by a VirtualComputeDescriptor. */
  COMPUTE,
  /** A storage resource, defined by a VirtualStorageDescriptor. */
  STORAGE,
  /** A link port, defined by an AppExtCpd. */
  LINKPORT,
  /** OS containers, defined by OsContainerDescriptors (the ETSI NFV view of cloud-native workloads). */
  OSCONTAINER,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
