package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A MEC platform, such as the one an application instance is to be associated with.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.22 (MEC010-2_AppLcm.yaml, schema MepInformation).
 *
 * @param mepName Human-readable name of the MEC platform.
 * @param mepId Deployment-specific identifier of the MEC platform.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "MepInformation")
public record MepInformation(
    @JsonProperty("mepName") @Nullable String mepName,
    @JsonProperty("mepId") @NotNull String mepId) {
}
