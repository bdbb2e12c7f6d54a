package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * The external connection points (CPs) of an application instance created from one CP descriptor of its AppD, with
 * the configuration of each.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.4.12 (MEC010-2_AppGrant.yaml, schema AppExtCpData).
 *
 * @param cpdId Identifier of the external CP descriptor (AppExtCpd) in the AppD.
 * @param cpConfig Configuration of the CP instances created from the descriptor, at least one, keyed by an identifier
 *     that the API consumer chooses.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "AppExtCpData")
public record AppExtCpData(
    @JsonProperty("cpdId") @NotNull String cpdId,
    @JsonProperty("cpConfig") @NotNull @Size(min = 1) Map<String, @Valid AppExtCpConfig> cpConfig) {

  /** Copies collections so the record stays immutable. */
  public AppExtCpData {
    cpConfig = Copies.map(cpConfig);
  }
}
