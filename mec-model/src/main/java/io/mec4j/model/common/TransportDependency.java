package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The {@code TransportDependency} data type of ETSI GS MEC 011 (clause 6.2.1.18).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema TransportDependency), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema TransportDependency), ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema TransportDependency).
 *
 * @param transport the transport attribute (required)
 * @param serializers Information about the serializers in this transport binding, as defined in the SerializerType type in ETSI GS MEC 011 [17]. Support for at least one of the entries is required in conjunction with the transport. (required)
 * @param labels Set of labels that allow to define groups of transport bindings. The mechanism of the grouping is defined below this table. (required)
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
