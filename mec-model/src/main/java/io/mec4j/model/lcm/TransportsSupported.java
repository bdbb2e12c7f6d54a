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
 * The {@code TransportsSupported} data type of ETSI GS MEC 010-2.
 * <p>Indicates transports and serialization formats supported made available to the service-consuming application. Defaults to REST + JSON if absent.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema TransportsSupported), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema TransportsSupported).
 *
 * @param transport Information about the transport in this binding. (required)
 * @param serializers Information about the serializers in this binding, as defined in the SerializerType type in ETSI GS MEC 011 [17]. (required)
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
