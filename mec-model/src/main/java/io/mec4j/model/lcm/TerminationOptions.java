package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One set of application instances that the MEO/MEAO may terminate, an alternative of an
 * {@link AppTermCandsForCoord}.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema TerminationOptions).
 *
 * @param appInstIdTerminationCands Identifiers of the application instances of the set, at least one.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "TerminationOptions")
public record TerminationOptions(
    @JsonProperty("appInstIdTerminationCands") @NotNull @Size(min = 1) List<String> appInstIdTerminationCands) {

  /** Copies collections so the record stays immutable. */
  public TerminationOptions {
    appInstIdTerminationCands = Copies.list(appInstIdTerminationCands);
  }
}
