package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ServiceConsumerId} data type of ETSI GS MEC 021.
 * <p>The identifier of service consumer requesting the Application Mobility Service, i.e. either the application instance ID or the MEC platform ID.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema ServiceConsumerId).
 *
 * @param appInstanceId If present, it represents the identifier of the application instance registering the Application Mobility Service.
 * @param mepId If present, it represents the identifier of the MEC platform registering the Application Mobility Service.
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "ServiceConsumerId")
public record ServiceConsumerId(
    @JsonProperty("appInstanceId") @Nullable String appInstanceId,
    @JsonProperty("mepId") @Nullable String mepId) {
}
