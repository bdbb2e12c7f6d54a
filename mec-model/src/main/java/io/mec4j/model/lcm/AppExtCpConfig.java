package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code AppExtCpConfig} data type of ETSI GS MEC 010-2 (clause 6.2.4.13).
 * <p>  NOTE: The following conditions apply to the attributes "linkPortId" and " cpProtocolData":
 * The "linkPortId" and "cpProtocolData" attributes shall both be absent for the deletion of an existing external CP instance addressed by cpInstanceId.
 * At least one of these attributes shall be present for a to-be-created external CP instance or an existing external CP instance.
 * If the "linkPortId" attribute is absent, the MEPM shall create a link port.
 * If the "cpProtocolData" attribute is absent, the "linkPortId" attribute shall be provided referencing a pre-created link port, and the MEPM can use means outside the scope of the present document to obtain the pre-configured address information for the connection point from the resource representing the link port.
 * If both "cpProtocolData" and "linkportId" are provided, the API consumer shall ensure that the cpProtocolData can be used with the pre-created link port referenced by "linkPortId".
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema AppExtCpConfig).
 *
 * @param cpInstanceId Identifier of the external CP instance to which this set of configuration parameters is requested to be applied. <p>Shall be present if this instance has already been created.
 * @param linkPortId Identifier of a pre-configured link port to which the external CP will be associated. See note.
 * @param cpProtocolData Parameters for configuring the network protocols on the link port that connects the CP to a VL. See note.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "AppExtCpConfig")
public record AppExtCpConfig(
    @JsonProperty("cpInstanceId") @Nullable String cpInstanceId,
    @JsonProperty("linkPortId") @Nullable String linkPortId,
    @JsonProperty("cpProtocolData") @Nullable List<@Valid CpProtocolData> cpProtocolData) {

  /** Copies collections so the record stays immutable. */
  public AppExtCpConfig {
    cpProtocolData = Copies.list(cpProtocolData);
  }
}
