package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SelfLinks;
import io.mec4j.model.common.TimeStamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The {@code MobilityProcedureSubscription} data type of ETSI GS MEC 021 (clause 7.3.2).
 * <p>  NOTE: At least one of callbackReference and websockNotifConfig shall be provided by the service consumer. If both are provided, it is up to AMS to choose an alternative and return only that alternative in the response, specified in ETSI GS MEC 009 [4], as described in clause 6.12a.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema MobilityProcedureSubscription).
 *
 * @param subscriptionType Shall be set to "MobilityProcedureSubscription". (required)
 * @param callbackReference URI selected by the service consumer to receive notifications on the subscribed Application Mobility Service. See note.
 * @param requestTestNotification Shall be set to TRUE by the service consumer to request a test notification via HTTP on the callbackReference URI, specified in ETSI GS MEC 009 [4], as described in clause 6.12a.
 * @param websockNotifConfig Provides details to negotiate and signal the use of a Websocket connection between AMS and the service consumer for notifications. See note.
 * @param links Hyperlink related to the resource. This shall be only included in the HTTP responses and in HTTP PUT requests.
 * @param filterCriteria List of filtering criteria for the subscription. Any filtering criteria from below, which is included in the request, shall also be included in the response. (required)
 * @param expiryDeadline Identifies a boundary after which the subscription will expire.
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "MobilityProcedureSubscription")
public record MobilityProcedureSubscription(
    @JsonProperty("subscriptionType") @NotNull String subscriptionType,
    @JsonProperty("callbackReference") @Nullable String callbackReference,
    @JsonProperty("requestTestNotification") @Nullable Boolean requestTestNotification,
    @JsonProperty("websockNotifConfig") @Valid @Nullable WebsockNotifConfig websockNotifConfig,
    @JsonProperty("_links") @Valid @Nullable SelfLinks links,
    @JsonProperty("filterCriteria") @NotNull @Valid FilterCriteria filterCriteria,
    @JsonProperty("expiryDeadline") @Valid @Nullable TimeStamp expiryDeadline) {

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

  /** Builds {@link MobilityProcedureSubscription} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String subscriptionType;
    private @Nullable String callbackReference;
    private @Nullable Boolean requestTestNotification;
    private @Nullable WebsockNotifConfig websockNotifConfig;
    private @Nullable SelfLinks links;
    private @Nullable FilterCriteria filterCriteria;
    private @Nullable TimeStamp expiryDeadline;

    private Builder() {}

    private Builder(MobilityProcedureSubscription source) {
      this.subscriptionType = source.subscriptionType;
      this.callbackReference = source.callbackReference;
      this.requestTestNotification = source.requestTestNotification;
      this.websockNotifConfig = source.websockNotifConfig;
      this.links = source.links;
      this.filterCriteria = source.filterCriteria;
      this.expiryDeadline = source.expiryDeadline;
    }

    /**
     * Sets {@code subscriptionType}: Shall be set to "MobilityProcedureSubscription".
     *
     * @param subscriptionType the value
     * @return this builder
     */
    public Builder subscriptionType(@Nullable String subscriptionType) {
      this.subscriptionType = subscriptionType;
      return this;
    }

    /**
     * Sets {@code callbackReference}: URI selected by the service consumer to receive notifications on the subscribed Application Mobility Service.
     *
     * @param callbackReference the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder callbackReference(@Nullable String callbackReference) {
      this.callbackReference = callbackReference;
      return this;
    }

    /**
     * Sets {@code requestTestNotification}: Shall be set to TRUE by the service consumer to request a test notification via HTTP on the callbackReference URI, specified in ETSI GS MEC 009 [4], as described in clause 6.12a.
     *
     * @param requestTestNotification the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder requestTestNotification(@Nullable Boolean requestTestNotification) {
      this.requestTestNotification = requestTestNotification;
      return this;
    }

    /**
     * Sets {@code websockNotifConfig}: Provides details to negotiate and signal the use of a Websocket connection between AMS and the service consumer for notifications.
     *
     * @param websockNotifConfig the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder websockNotifConfig(@Nullable WebsockNotifConfig websockNotifConfig) {
      this.websockNotifConfig = websockNotifConfig;
      return this;
    }

    /**
     * Sets {@code _links}: Hyperlink related to the resource.
     *
     * @param links the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder links(@Nullable SelfLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Sets {@code filterCriteria}: List of filtering criteria for the subscription.
     *
     * @param filterCriteria the value
     * @return this builder
     */
    public Builder filterCriteria(@Nullable FilterCriteria filterCriteria) {
      this.filterCriteria = filterCriteria;
      return this;
    }

    /**
     * Sets {@code expiryDeadline}: Identifies a boundary after which the subscription will expire.
     *
     * @param expiryDeadline the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder expiryDeadline(@Nullable TimeStamp expiryDeadline) {
      this.expiryDeadline = expiryDeadline;
      return this;
    }

    /**
     * Builds the {@link MobilityProcedureSubscription}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public MobilityProcedureSubscription build() {
      return new MobilityProcedureSubscription(subscriptionType, callbackReference, requestTestNotification, websockNotifConfig, links, filterCriteria, expiryDeadline);
    }
  }
}
