package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code MECHostInformation} data type of ETSI GS MEC 010-2 (clause 6.2.2.17).
 * <p>  NOTE: This information can be structured to cater for host identification schemes that are more complex than a simple identifier, e.g. when referring to the structure of an NFVI.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema MECHostInformation), ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema MECHostInformation).
 *
 * @param hostName Human-readable name of MEC host.
 * @param hostId Deployment-specific information to identify a MEC host. See note. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "MECHostInformation")
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "MECHostInformation")
public record MECHostInformation(
    @JsonProperty("hostName") @Nullable String hostName,
    @JsonProperty("hostId") @NotNull Map<String, Object> hostId) {

  /** Copies collections so the record stays immutable. */
  public MECHostInformation {
    hostId = Copies.map(hostId);
  }
}
