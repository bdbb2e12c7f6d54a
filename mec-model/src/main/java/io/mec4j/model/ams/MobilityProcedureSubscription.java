package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SelfLinks;
import io.mec4j.model.common.TimeStamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A subscription to notifications about the inter-host mobility of the devices served by an application instance.
 *
 * <p>The AMS sends a {@link MobilityProcedureNotification} when a device matching {@link #filterCriteria()} moves out
 * of the serving MEC host. At least one of {@code callbackReference} and {@code websockNotifConfig} shall be provided by
 * the service consumer; if both are, the AMS picks one and returns only that one in the response (ETSI GS MEC 009,
 * clause 6.12a).
 *
 * <p>ETSI GS MEC 021, clause 7.3.2.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema MobilityProcedureSubscription).
 *
 * @param subscriptionType always {@code "MobilityProcedureSubscription"}
 * @param callbackReference URI selected by the service consumer to receive the notifications over HTTP
 * @param requestTestNotification {@code true} to ask the AMS for a test notification on {@code callbackReference}
 * @param websockNotifConfig Websocket delivery of the notifications, as an alternative to {@code callbackReference}
 * @param links link to this subscription; set by the AMS in responses (and sent back in PUT requests), absent in POST
 *     requests
 * @param filterCriteria which application instance, devices and mobility statuses the subscription covers
 * @param expiryDeadline time after which the subscription expires
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "MobilityProcedureSubscription")
public record MobilityProcedureSubscription(
    @JsonProperty("subscriptionType") @NotNull String subscriptionType,
    @JsonProperty("callbackReference") @Nullable String callbackReference,
    @JsonProperty("requestTestNotification") @Nullable Boolean requestTestNotification,
    @JsonProperty("websockNotifConfig") @Valid @Nullable WebsockNotifConfig websockNotifConfig,
    @JsonProperty("_links") @Valid @Nullable SelfLinks links,
    @JsonProperty("filterCriteria") @NotNull @Valid MobilityProcedureFilterCriteria filterCriteria,
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
    private @Nullable MobilityProcedureFilterCriteria filterCriteria;
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
     * Sets {@code subscriptionType}, which shall be {@code "MobilityProcedureSubscription"}.
     *
     * @param subscriptionType the value
     * @return this builder
     */
    public Builder subscriptionType(@Nullable String subscriptionType) {
      this.subscriptionType = subscriptionType;
      return this;
    }

    /**
     * Sets {@code callbackReference}: URI selected by the service consumer to receive the notifications over HTTP.
     *
     * @param callbackReference the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder callbackReference(@Nullable String callbackReference) {
      this.callbackReference = callbackReference;
      return this;
    }

    /**
     * Sets {@code requestTestNotification}: {@code true} to ask the AMS for a test notification on {@code callbackReference}.
     *
     * @param requestTestNotification the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder requestTestNotification(@Nullable Boolean requestTestNotification) {
      this.requestTestNotification = requestTestNotification;
      return this;
    }

    /**
     * Sets {@code websockNotifConfig}: Websocket delivery of the notifications.
     *
     * @param websockNotifConfig the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder websockNotifConfig(@Nullable WebsockNotifConfig websockNotifConfig) {
      this.websockNotifConfig = websockNotifConfig;
      return this;
    }

    /**
     * Sets {@code _links}: link to this subscription, set by the AMS.
     *
     * @param links the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder links(@Nullable SelfLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Sets {@code filterCriteria}: which application instance, devices and mobility statuses the subscription covers.
     *
     * @param filterCriteria the value
     * @return this builder
     */
    public Builder filterCriteria(@Nullable MobilityProcedureFilterCriteria filterCriteria) {
      this.filterCriteria = filterCriteria;
      return this;
    }

    /**
     * Sets {@code expiryDeadline}: time after which the subscription expires.
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
