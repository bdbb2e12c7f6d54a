package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The {@code AppExtCpData} data type of ETSI GS MEC 010-2 (clause 6.2.4.12).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema AppExtCpData).
 *
 * @param cpdId The identifier of the CPD in the AppD. (required)
 * @param cpConfig List of instance data that need to be configured on the CP instances created from the respective CPD. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "AppExtCpData")
public record AppExtCpData(
    @JsonProperty("cpdId") @NotNull String cpdId,
    @JsonProperty("cpConfig") @NotNull @Size(min = 1) List<Map<String, AppExtCpConfig>> cpConfig) {

  /** Copies collections so the record stays immutable. */
  public AppExtCpData {
    cpConfig = Copies.list(cpConfig);
  }
}
