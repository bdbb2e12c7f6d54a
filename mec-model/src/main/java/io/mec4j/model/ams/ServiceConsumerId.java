package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * Who registers with the application mobility service: an application instance or a MEC platform.
 *
 * <p>One of the two identifiers is given.
 *
 * <p>ETSI GS MEC 021, clause 7.2.2.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema ServiceConsumerId).
 *
 * @param appInstanceId identifier of the application instance registering, when an application instance registers
 * @param mepId identifier of the MEC platform registering, when a MEC platform registers
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "ServiceConsumerId")
public record ServiceConsumerId(
    @JsonProperty("appInstanceId") @Nullable String appInstanceId,
    @JsonProperty("mepId") @Nullable String mepId) {
}
