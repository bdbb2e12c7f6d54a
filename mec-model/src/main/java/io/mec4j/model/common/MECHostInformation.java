package io.mec4j.model.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Identifies a MEC host, by a deployment-specific identifier and optionally a human-readable name.
 *
 * <p>Data type {@code MECHostInformation} of ETSI GS MEC 010-2, clause 6.2.2.17, and ETSI GS MEC 021, clause 7.5.5. The
 * host identifier is an object so that it can follow host identification schemes more complex than a plain identifier,
 * such as the structure of an NFVI.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema MECHostInformation), ETSI GS MEC 021
 * (MEC021_AppMobilityService.yaml, schema MECHostInformation).
 *
 * @param hostName human-readable name of the MEC host
 * @param hostId deployment-specific identification of the MEC host
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
