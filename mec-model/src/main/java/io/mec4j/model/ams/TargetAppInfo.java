package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.CommunicationInterface;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code TargetAppInfo} data type of ETSI GS MEC 021.
 * <p>Identifiers to associate the information of target application instance.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema TargetAppInfo).
 *
 * @param appInstanceId Identifiers of the target application instance. (required)
 * @param commInterface If present, it specifies the communication interface of the application instance.
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "TargetAppInfo")
public record TargetAppInfo(
    @JsonProperty("appInstanceId") @NotNull String appInstanceId,
    @JsonProperty("commInterface") @Valid @Nullable CommunicationInterface commInterface) {
}
