package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SubscriptionLinks;
import io.mec4j.model.common.TimeStamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A notification that an AMS subscription has expired, sent to its subscriber.
 *
 * <p>ETSI GS MEC 021, clause 7.4.4.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema ExpiryNotification).
 *
 * @param notificationType always {@code "ExpiryNotification"}
 * @param timeStamp when the notification was generated
 * @param links link to the expired subscription
 * @param expiryDeadline the expiry deadline that was set in the subscription
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "ExpiryNotification")
public record ExpiryNotification(
    @JsonProperty("notificationType") @NotNull String notificationType,
    @JsonProperty("timeStamp") @Valid @Nullable TimeStamp timeStamp,
    @JsonProperty("_links") @NotNull @Valid SubscriptionLinks links,
    @JsonProperty("expiryDeadline") @NotNull @Valid TimeStamp expiryDeadline) {

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

  /** Builds {@link ExpiryNotification} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String notificationType;
    private @Nullable TimeStamp timeStamp;
    private @Nullable SubscriptionLinks links;
    private @Nullable TimeStamp expiryDeadline;

    private Builder() {}

    private Builder(ExpiryNotification source) {
      this.notificationType = source.notificationType;
      this.timeStamp = source.timeStamp;
      this.links = source.links;
      this.expiryDeadline = source.expiryDeadline;
    }

    /**
     * Sets {@code notificationType}, which shall be {@code "ExpiryNotification"}.
     *
     * @param notificationType the value
     * @return this builder
     */
    public Builder notificationType(@Nullable String notificationType) {
      this.notificationType = notificationType;
      return this;
    }

    /**
     * Sets {@code timeStamp}: when the notification was generated.
     *
     * @param timeStamp the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder timeStamp(@Nullable TimeStamp timeStamp) {
      this.timeStamp = timeStamp;
      return this;
    }

    /**
     * Sets {@code _links}: link to the expired subscription.
     *
     * @param links the value
     * @return this builder
     */
    public Builder links(@Nullable SubscriptionLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Sets {@code expiryDeadline}: the expiry deadline that was set in the subscription.
     *
     * @param expiryDeadline the value
     * @return this builder
     */
    public Builder expiryDeadline(@Nullable TimeStamp expiryDeadline) {
      this.expiryDeadline = expiryDeadline;
      return this;
    }

    /**
     * Builds the {@link ExpiryNotification}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public ExpiryNotification build() {
      return new ExpiryNotification(notificationType, timeStamp, links, expiryDeadline);
    }
  }
}
