package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SelfLinks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A MEC application instance's subscription to notifications about the availability of MEC services.
 *
 * <p>Data type {@code SerAvailabilityNotificationSubscription} of ETSI GS MEC 011, clause 8.1.3.2.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema SerAvailabilityNotificationSubscription).
 *
 * @param subscriptionType always {@code SerAvailabilityNotificationSubscription}
 * @param callbackReference URI at which the application instance receives the notifications; in requests and responses
 * @param links link to the subscription; assigned by the MEC platform, so only in responses and absent in requests
 * @param filteringCriteria the services to report on; all services when absent
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "SerAvailabilityNotificationSubscription")
public record SerAvailabilityNotificationSubscription(
    @JsonProperty("subscriptionType") @NotNull String subscriptionType,
    @JsonProperty("callbackReference") @NotNull String callbackReference,
    @JsonProperty("_links") @Valid @Nullable SelfLinks links,
    @JsonProperty("filteringCriteria") @Valid @Nullable FilteringCriteria filteringCriteria) {

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

  /** Builds {@link SerAvailabilityNotificationSubscription} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String subscriptionType;
    private @Nullable String callbackReference;
    private @Nullable SelfLinks links;
    private @Nullable FilteringCriteria filteringCriteria;

    private Builder() {}

    private Builder(SerAvailabilityNotificationSubscription source) {
      this.subscriptionType = source.subscriptionType;
      this.callbackReference = source.callbackReference;
      this.links = source.links;
      this.filteringCriteria = source.filteringCriteria;
    }

    /**
     * Sets {@code subscriptionType}: always {@code SerAvailabilityNotificationSubscription}.
     *
     * @param subscriptionType the value
     * @return this builder
     */
    public Builder subscriptionType(@Nullable String subscriptionType) {
      this.subscriptionType = subscriptionType;
      return this;
    }

    /**
     * Sets {@code callbackReference}: URI at which the application instance receives the notifications.
     *
     * @param callbackReference the value
     * @return this builder
     */
    public Builder callbackReference(@Nullable String callbackReference) {
      this.callbackReference = callbackReference;
      return this;
    }

    /**
     * Sets {@code links}: link to the subscription; only in responses.
     *
     * @param links the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder links(@Nullable SelfLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Sets {@code filteringCriteria}: the services to report on.
     *
     * @param filteringCriteria the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder filteringCriteria(@Nullable FilteringCriteria filteringCriteria) {
      this.filteringCriteria = filteringCriteria;
      return this;
    }

    /**
     * Builds the {@link SerAvailabilityNotificationSubscription}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public SerAvailabilityNotificationSubscription build() {
      return new SerAvailabilityNotificationSubscription(subscriptionType, callbackReference, links, filteringCriteria);
    }
  }
}
