package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SelfLinks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A MEC application instance's subscription to notifications of its own termination or stop.
 *
 * <p>Data type {@code AppTerminationNotificationSubscription} of ETSI GS MEC 011, clause 7.1.3.2.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema AppTerminationNotificationSubscription).
 *
 * @param subscriptionType always {@code AppTerminationNotificationSubscription}
 * @param callbackReference URI at which the application instance receives the notifications; in requests and responses
 * @param links link to the subscription; assigned by the MEC platform, so only in responses and absent in requests
 * @param appInstanceId identifier of the application instance whose termination is reported
 */
@EtsiSchema(spec = "MEC011_AppSupport", name = "AppTerminationNotificationSubscription")
public record AppTerminationNotificationSubscription(
    @JsonProperty("subscriptionType") @NotNull String subscriptionType,
    @JsonProperty("callbackReference") @NotNull String callbackReference,
    @JsonProperty("_links") @Valid @Nullable SelfLinks links,
    @JsonProperty("appInstanceId") @NotNull String appInstanceId) {

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

  /** Builds {@link AppTerminationNotificationSubscription} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String subscriptionType;
    private @Nullable String callbackReference;
    private @Nullable SelfLinks links;
    private @Nullable String appInstanceId;

    private Builder() {}

    private Builder(AppTerminationNotificationSubscription source) {
      this.subscriptionType = source.subscriptionType;
      this.callbackReference = source.callbackReference;
      this.links = source.links;
      this.appInstanceId = source.appInstanceId;
    }

    /**
     * Sets {@code subscriptionType}: always {@code AppTerminationNotificationSubscription}.
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
     * Sets {@code appInstanceId}: identifier of the application instance whose termination is reported.
     *
     * @param appInstanceId the value
     * @return this builder
     */
    public Builder appInstanceId(@Nullable String appInstanceId) {
      this.appInstanceId = appInstanceId;
      return this;
    }

    /**
     * Builds the {@link AppTerminationNotificationSubscription}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppTerminationNotificationSubscription build() {
      return new AppTerminationNotificationSubscription(subscriptionType, callbackReference, links, appInstanceId);
    }
  }
}
