package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A transport and the serialization formats with which a MEC application can consume a service.
 *
 * <p>Data type {@code TransportDependency} of ETSI GS MEC 010-2, clause 6.2.1.18. Bindings that share a label form a
 * group; an application can consume a service that supports at least one of its groups.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema TransportDependency), ETSI GS MEC 010-2
 * (MEC010-2_AppPkgMgmt.yaml, schema TransportDependency), ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema
 * TransportDependency).
 *
 * @param transport the transport of this binding
 * @param serializers serialization formats of this binding, at least one; the application supports at least one of them
 *     with the transport
 * @param labels labels of the groups of transport bindings this binding belongs to, at least one
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "TransportDependency")
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "TransportDependency")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "TransportDependency")
public record TransportDependency(
    @JsonProperty("transport") @NotNull @Valid TransportDescriptor transport,
    @JsonProperty("serializers") @NotNull @Size(min = 1) List<SerializerType> serializers,
    @JsonProperty("labels") @NotNull @Size(min = 1) List<String> labels) {

  /** Copies collections so the record stays immutable. */
  public TransportDependency {
    serializers = Copies.list(serializers);
    labels = Copies.list(labels);
  }
}
