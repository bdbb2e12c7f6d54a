package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A group of related resource zones of a {@link Grant}, chosen by the MEO to meet a zone group constraint of the
 * grant request.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.4.7 (MEC010-2_AppGrant.yaml, schema ZoneGroupInfo).
 *
 * @param zoneId Identifiers of the {@link ZoneInfo} entries of the grant that belong to the group, at least one.
 */
@EtsiSchema(spec = "MEC010-2_AppGrant", name = "ZoneGroupInfo")
public record ZoneGroupInfo(
    @JsonProperty("zoneId") @NotNull @Size(min = 1) List<String> zoneId) {

  /** Copies collections so the record stays immutable. */
  public ZoneGroupInfo {
    zoneId = Copies.list(zoneId);
  }
}
