package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The {@code TerminationOptions} data type of ETSI GS MEC 010-2.
 * <p>Sets of application options for the MEO/MEAO to select from as candidates for termination. The MEO/MEAO shall select one or more of these alternate options to pass to the OSS when utilizing the LCM coordination exchange in pre-emption situations. For each option, the MEO/MEAO may select all, or a subset, of the candidate set's members.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema TerminationOptions).
 *
 * @param appInstIdTerminationCands List of application instance identifiers, constituting a candidate set for termination. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "TerminationOptions")
public record TerminationOptions(
    @JsonProperty("appInstIdTerminationCands") @NotNull @Size(min = 1) List<String> appInstIdTerminationCands) {

  /** Copies collections so the record stays immutable. */
  public TerminationOptions {
    appInstIdTerminationCands = Copies.list(appInstIdTerminationCands);
  }
}
