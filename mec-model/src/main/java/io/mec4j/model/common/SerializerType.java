package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import io.mec4j.model.EtsiSchema;

/**
 * The serialization format in which a MEC service exchanges its data.
 *
 * <p>Data type {@code SerializerType} of ETSI GS MEC 011, clause 8.1.6.3.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema SerializerType), ETSI GS MEC 011 (MEC011_AppSupport.yaml,
 * schema SerializerType), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema SerializerType), ETSI GS MEC 010-2
 * (MEC010-2_AppLcm.yaml, schema SerializerType).
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "SerializerType")
@EtsiSchema(spec = "MEC011_AppSupport", name = "SerializerType")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "SerializerType")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "SerializerType")
public enum SerializerType {
  /** JavaScript Object Notation (IETF RFC 8259). */
  JSON,
  /** Extensible Markup Language, version 1.1. */
  XML,
  /** Protocol buffers, version 3. */
  PROTOBUF3,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
