package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code InstantiatedAppState} data type of ETSI GS MEC 010-2.
 * <p>Information specific to an instantiated application. This attribute shall be present if the instantiationState attribute value is INSTANTIATED.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema InstantiatedAppState).
 *
 * @param operationalState Operational state is applicable in the instantiation state INSTANTIATED: STARTED: the application instance is up and running. STOPPED: the application instance stops operation. (required)
 * @param appInstLocation Location of the MEC application instance. See note 5 and note 6.
 * @param mcioInfo Information on the MCIO(s) representing application instance realized by one or a set of OS containers. See note 7.
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
