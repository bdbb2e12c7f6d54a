package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Alternative sets of application instances that the MEO/MEAO may terminate to make room for a new instance, for the
 * LCM coordination exchange with the OSS in pre-emption situations.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.23 (MEC010-2_AppLcm.yaml, schema AppTermCandsForCoord).
 *
 * @param terminationOptions The alternative candidate sets; the MEO/MEAO selects one or more of them and may take all
 *     or some members of each.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppTermCandsForCoord")
public record AppTermCandsForCoord(
    @JsonProperty("terminationOptions") @NotNull List<@Valid TerminationOptions> terminationOptions) {

  /** Copies collections so the record stays immutable. */
  public AppTermCandsForCoord {
    terminationOptions = Copies.list(terminationOptions);
  }
}
