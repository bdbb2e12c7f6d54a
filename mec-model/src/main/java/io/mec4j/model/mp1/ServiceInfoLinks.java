package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Hyperlinks of a registered MEC service: the service resource and, if the platform wants heartbeats, its liveness
 * resource.
 *
 * <p>The anonymous {@code _links} object of {@code ServiceInfo}, ETSI GS MEC 011, clause 8.1.2.2; absent in HTTP
 * requests.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema _links1).
 *
 * @param self link to the service resource
 * @param liveness link to the resource to which the service instance sends heartbeat messages; present only if the MEC
 *     platform requires them
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "_links1")
public record ServiceInfoLinks(
    @JsonProperty("self") @NotNull @Valid LinkType self,
    @JsonProperty("liveness") @Valid @Nullable LinkType liveness) {
}
