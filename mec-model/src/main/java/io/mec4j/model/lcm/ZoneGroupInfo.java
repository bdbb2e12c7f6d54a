package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The {@code ZoneGroupInfo} data type of ETSI GS MEC 010-2 (clause 6.2.4.7).
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppGrant.yaml, schema ZoneGroupInfo).
 *
 * @param zoneId References of identifiers of "ZoneInfo" structures, each of which provides information about a resource zone that belongs to this group. (required)
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "ZoneGroupInfo")
public record ZoneGroupInfo(
    @JsonProperty("zoneId") @NotNull @Size(min = 1) List<String> zoneId) {

  /** Copies collections so the record stays immutable. */
  public ZoneGroupInfo {
    zoneId = Copies.list(zoneId);
  }
}
