package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Configuration of one external connection point (CP) instance of an application: the link port it attaches to and
 * the network protocol data of that port.
 *
 * <p>For a CP to create or an existing CP at least one of {@code linkPortId} and {@code cpProtocolData} is present;
 * both are absent to delete the existing CP {@code cpInstanceId}. Without {@code linkPortId} the MEPM creates a link
 * port; without {@code cpProtocolData} the pre-created link port {@code linkPortId} already carries the address
 * configuration. If both are given, the protocol data must fit that link port.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.4.13 (MEC010-2_AppGrant.yaml, schema AppExtCpConfig).
 *
 * @param cpInstanceId Identifier of the external CP instance to configure; present if the instance already exists.
 * @param linkPortId Identifier of a pre-configured link port to attach the external CP to.
 * @param cpProtocolData Network protocol parameters of the link port that connects the CP to a virtual link.
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
