package io.mec4j.model.federation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SelfLinks;
import io.mec4j.model.common.TimeStamp;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A MEC orchestrator's subscription to updates of the information of the MEC systems in its federation.
 *
 * <p>Updates are delivered as {@link SystemUpdateNotification}s to {@code callbackReference}.
 *
 * <p>ETSI GS MEC 040, clause 6.3.2.
 * <p>Schema: ETSI GS MEC 040 (MEC040_FederationEnablement.yaml, schema SystemUpdateNotificationSubscription).
 *
 * @param subscriptionType always {@code "SystemUpdateNotificationSubscription"}
 * @param callbackReference URI selected by the MEC orchestrator to receive the notifications; in requests and
 *     responses
 * @param links link to this subscription; only in responses
 * @param systemId identifiers of the MEC systems to watch; absent for all MEC systems of the federation
 * @param expiryDeadline expiry time of the subscription, set by the MEC federation enablement service
 */
@EtsiSchema(spec = "MEC040_FederationEnablement", name = "SystemUpdateNotificationSubscription")
public record SystemUpdateNotificationSubscription(
    @JsonProperty("subscriptionType") @NotNull String subscriptionType,
    @JsonProperty("callbackReference") @NotNull String callbackReference,
    @JsonProperty("_links") @Valid @Nullable SelfLinks links,
    @JsonProperty("systemId") @Nullable List<String> systemId,
    @JsonProperty("expiryDeadline") @Valid @Nullable TimeStamp expiryDeadline) {

  /** Copies collections so the record stays immutable. */
  public SystemUpdateNotificationSubscription {
    systemId = Copies.list(systemId);
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder pre-filled with this record's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link SystemUpdateNotificationSubscription} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String subscriptionType;
    private @Nullable String callbackReference;
    private @Nullable SelfLinks links;
    private @Nullable List<String> systemId;
    private @Nullable TimeStamp expiryDeadline;

    private Builder() {}

    private Builder(SystemUpdateNotificationSubscription source) {
      this.subscriptionType = source.subscriptionType;
      this.callbackReference = source.callbackReference;
      this.links = source.links;
      this.systemId = Copies.mutable(source.systemId);
      this.expiryDeadline = source.expiryDeadline;
    }

    /**
     * Sets {@code subscriptionType}, which shall be {@code "SystemUpdateNotificationSubscription"}.
     *
     * @param subscriptionType the value
     * @return this builder
     */
    public Builder subscriptionType(@Nullable String subscriptionType) {
      this.subscriptionType = subscriptionType;
      return this;
    }

    /**
     * Sets {@code callbackReference}: URI selected by the MEC orchestrator to receive the notifications.
     *
     * @param callbackReference the value
     * @return this builder
     */
    public Builder callbackReference(@Nullable String callbackReference) {
      this.callbackReference = callbackReference;
      return this;
    }

    /**
     * Sets {@code _links}: link to this subscription, set by the service.
     *
     * @param links the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder links(@Nullable SelfLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Sets {@code systemId}: identifiers of the MEC systems to watch; {@code null} for all.
     *
     * @param systemId the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder systemId(@Nullable List<String> systemId) {
      this.systemId = Copies.mutable(systemId);
      return this;
    }

    /**
     * Appends one entry to {@code systemId}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addSystemId(String element) {
      this.systemId = Copies.add(this.systemId, element);
      return this;
    }

    /**
     * Sets {@code expiryDeadline}: expiry time of the subscription.
     *
     * @param expiryDeadline the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder expiryDeadline(@Nullable TimeStamp expiryDeadline) {
      this.expiryDeadline = expiryDeadline;
      return this;
    }

    /**
     * Builds the {@link SystemUpdateNotificationSubscription}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public SystemUpdateNotificationSubscription build() {
      return new SystemUpdateNotificationSubscription(subscriptionType, callbackReference, links, systemId, expiryDeadline);
    }
  }
}
