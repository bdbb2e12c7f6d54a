package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The {@code AppTermCandsForCoord} data type of ETSI GS MEC 010-2 (clause 6.2.2.23).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema AppTermCandsForCoord).
 *
 * @param terminationOptions Sets of application options for the MEO/MEAO to select from as candidates for termination. The MEO/MEAO shall select one or more of these alternate options to pass to the OSS when utilizing the LCM coordination exchange in pre-emption situations. For each option, the MEO/MEAO may select all, or a subset, of the candidate set's members. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppTermCandsForCoord")
public record AppTermCandsForCoord(
    @JsonProperty("terminationOptions") @NotNull List<@Valid TerminationOptions> terminationOptions) {

  /** Copies collections so the record stays immutable. */
  public AppTermCandsForCoord {
    terminationOptions = Copies.list(terminationOptions);
  }
}
