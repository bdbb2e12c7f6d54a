package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code _links2} data type of ETSI GS MEC 011.
 * <p>Object containing hyperlinks related to the resource.
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema _links2).
 *
 * @param subscription A link to the related subscription. (required)
 * @param confirmTermination Link to the task resource where to confirm termination/stop in case the application is ready to be terminated, or to be considered stopped by the MEC Platform, before expiry of the timeout.
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "_links2")
public record AppTerminationNotificationLinks(
    @JsonProperty("subscription") @NotNull @Valid LinkType subscription,
    @JsonProperty("confirmTermination") @Valid @Nullable LinkType confirmTermination) {
}
