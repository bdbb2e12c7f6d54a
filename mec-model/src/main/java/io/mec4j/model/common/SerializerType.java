package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import io.mec4j.model.EtsiSchema;

/**
 * Enumeration representing types of serializers.
 *
 * <p>Defined in ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema SerializerType), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema SerializerType), ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema SerializerType), ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema SerializerType).
 *
 * <p>{@link #UNKNOWN} stands for a value this version of mec4j does not know; it is only produced when
 * reading and must not be sent.
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "SerializerType")
@EtsiSchema(spec = "MEC011_AppSupport", name = "SerializerType")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "SerializerType")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "SerializerType")
public enum SerializerType {
  /** Wire value {@code JSON}. */
  JSON,
  /** Wire value {@code XML}. */
  XML,
  /** Wire value {@code PROTOBUF3}. */
  PROTOBUF3,
  /** A value this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
