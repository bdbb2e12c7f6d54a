package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SelfLinks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code AppTerminationNotificationSubscription} data type of ETSI GS MEC 011 (clause 7.1.3.2).
 * <p>Schema: ETSI GS MEC 011 (MEC011_AppSupport.yaml, schema AppTerminationNotificationSubscription).
 *
 * @param subscriptionType Shall be set to "AppTerminationNotificationSubscription". (required)
 * @param callbackReference URI selected by the MEC application instance to receive notifications on the subscribed MEC application instance management information. This shall be included in both the request and the response. (required)
 * @param links Object containing hyperlinks related to the resource. This shall only be included in the HTTP responses.
 * @param appInstanceId It is used as the filtering criterion for the subscribed events. (required)
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
     * Sets {@code subscriptionType}: Shall be set to "AppTerminationNotificationSubscription".
     *
     * @param subscriptionType the value
     * @return this builder
     */
    public Builder subscriptionType(@Nullable String subscriptionType) {
      this.subscriptionType = subscriptionType;
      return this;
    }

    /**
     * Sets {@code callbackReference}: URI selected by the MEC application instance to receive notifications on the subscribed MEC application instance management information.
     *
     * @param callbackReference the value
     * @return this builder
     */
    public Builder callbackReference(@Nullable String callbackReference) {
      this.callbackReference = callbackReference;
      return this;
    }

    /**
     * Sets {@code _links}: Object containing hyperlinks related to the resource.
     *
     * @param links the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder links(@Nullable SelfLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Sets {@code appInstanceId}: It is used as the filtering criterion for the subscribed events.
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
