package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Hyperlinks of an {@link AppTerminationNotification}: its subscription and where to confirm the termination.
 *
 * <p>The anonymous {@code _links} object of {@code AppTerminationNotification}, ETSI GS MEC 011, clause 7.1.4.2.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema _links2).
 *
 * @param subscription link to the related subscription
 * @param confirmTermination link to the task resource where the application confirms that it is ready to be terminated
 *     or considered stopped, before the timeout expires
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "_links2")
public record AppTerminationNotificationLinks(
    @JsonProperty("subscription") @NotNull @Valid LinkType subscription,
    @JsonProperty("confirmTermination") @Valid @Nullable LinkType confirmTermination) {
}
