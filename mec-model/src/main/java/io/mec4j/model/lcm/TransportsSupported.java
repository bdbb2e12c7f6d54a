package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SerializerType;
import io.mec4j.model.common.TransportDescriptor;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A transport binding over which a produced service is offered: the transport and the serialisers available on it.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.1.7.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema TransportsSupported), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema TransportsSupported).
 *
 * @param transport the transport
 * @param serializers the serialisation formats available over the transport; at least one
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "TransportsSupported")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "TransportsSupported")
public record TransportsSupported(
    @JsonProperty("transport") @NotNull @Valid TransportDescriptor transport,
    @JsonProperty("serializers") @NotNull @Size(min = 1) List<SerializerType> serializers) {

  /** Copies collections so the record stays immutable. */
  public TransportsSupported {
    serializers = Copies.list(serializers);
  }
}
