package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * State of an instantiated application instance: whether it is started, where it runs and, for a containerised
 * application, its MCIOs.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema InstantiatedAppState).
 *
 * @param operationalState Whether the instance is started or stopped.
 * @param appInstLocation Where the instance is deployed; on Mm1 and Mm3*.
 * @param mcioInfo The managed container infrastructure objects (MCIOs) that realise the instance when it runs in OS
 *     containers.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "InstantiatedAppState")
public record InstantiatedAppState(
    @JsonProperty("operationalState") @NotNull AppOperationalState operationalState,
    @JsonProperty("appInstLocation") @Valid @Nullable LocationInformation appInstLocation,
    @JsonProperty("mcioInfo") @Nullable List<@Valid McioInfo> mcioInfo) {

  /** Copies collections so the record stays immutable. */
  public InstantiatedAppState {
    mcioInfo = Copies.list(mcioInfo);
  }
}
