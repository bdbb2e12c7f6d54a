package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The protocols and flow pattern of a virtual link.
 *
 * <p>ETSI GS NFV-IFA 011, clause 7.1.7.3.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema ConnectivityType), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema ConnectivityType).
 *
 * @param layerProtocol protocols the virtual link uses, highest layer first; the top layer is always given, lower
 *     layers only when they have specific requirements
 * @param flowPattern flow pattern of the connectivity, e.g. {@code Line}, {@code Tree} or {@code Mesh}
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "ConnectivityType")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "ConnectivityType")
public record ConnectivityType(
    @JsonProperty("layerProtocol") @NotNull @Size(min = 1) List<LayerProtocol> layerProtocol,
    @JsonProperty("flowPattern") @Nullable String flowPattern) {

  /** Copies collections so the record stays immutable. */
  public ConnectivityType {
    layerProtocol = Copies.list(layerProtocol);
  }
}
