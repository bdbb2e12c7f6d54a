package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code _links1} data type of ETSI GS MEC 011.
 * <p>Links to resources related to this resource. Shall be absent in HTTP requests.
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema _links1).
 *
 * @param self Link to this resource. Shall be present in HTTP responses. (required)
 * @param liveness Link to the "Individual mecServiceLiveness" resource where the MEC platform expects the service instance to send the liveness information. The structure of the URI of that resource is outside the scope of the present document. Shall be present in HTTP responses if the MEC platform requires "heartbeat" messages for this service instance and shall be absent otherwise.
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "_links1")
public record ServiceInfoLinks(
    @JsonProperty("self") @NotNull @Valid LinkType self,
    @JsonProperty("liveness") @Valid @Nullable LinkType liveness) {
}
