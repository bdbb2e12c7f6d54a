package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SubscriptionLinks;
import io.mec4j.model.common.TimeStamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A notification that an application package was onboarded, enabled, disabled or deleted.
 *
 * <p>ETSI GS MEC 010-2, clause 6.2.3.6.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AppPkgNotification).
 *
 * @param id identifier of this notification; the same in every copy sent for several subscriptions
 * @param notificationType the event: {@code AppPackageOnBoarded}, {@code AppPackageEnabled}, {@code AppPackageDisabled}
 *     or {@code AppPackageDeleted}
 * @param subscriptionId identifier of the subscription the notification is sent for
 * @param timeStamp when the notification was generated
 * @param appPkgId identifier of the onboarded application package
 * @param appDId identifier of the AppD of the package, globally unique
 * @param operationalState operational state of the package
 * @param links link to the related subscription
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AppPkgNotification")
public record AppPkgNotification(
    @JsonProperty("id") @NotNull String id,
    @JsonProperty("notificationType") @NotNull String notificationType,
    @JsonProperty("subscriptionId") @NotNull String subscriptionId,
    @JsonProperty("timeStamp") @NotNull @Valid TimeStamp timeStamp,
    @JsonProperty("appPkgId") @NotNull String appPkgId,
    @JsonProperty("appDId") @NotNull String appDId,
    @JsonProperty("operationalState") @NotNull OperationalState operationalState,
    @JsonProperty("_links") @NotNull @Valid SubscriptionLinks links) {

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

  /** Builds {@link AppPkgNotification} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String notificationType;
    private @Nullable String subscriptionId;
    private @Nullable TimeStamp timeStamp;
    private @Nullable String appPkgId;
    private @Nullable String appDId;
    private @Nullable OperationalState operationalState;
    private @Nullable SubscriptionLinks links;

    private Builder() {}

    private Builder(AppPkgNotification source) {
      this.id = source.id;
      this.notificationType = source.notificationType;
      this.subscriptionId = source.subscriptionId;
      this.timeStamp = source.timeStamp;
      this.appPkgId = source.appPkgId;
      this.appDId = source.appDId;
      this.operationalState = source.operationalState;
      this.links = source.links;
    }

    /**
     * Sets {@code id}: Identifier of this notification; the same in every copy sent for several subscriptions.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code notificationType}: The event: {@code AppPackageOnBoarded}, {@code AppPackageEnabled},
     * {@code AppPackageDisabled} or {@code AppPackageDeleted}.
     *
     * @param notificationType the value
     * @return this builder
     */
    public Builder notificationType(@Nullable String notificationType) {
      this.notificationType = notificationType;
      return this;
    }

    /**
     * Sets {@code subscriptionId}: Identifier of the subscription the notification is sent for.
     *
     * @param subscriptionId the value
     * @return this builder
     */
    public Builder subscriptionId(@Nullable String subscriptionId) {
      this.subscriptionId = subscriptionId;
      return this;
    }

    /**
     * Sets {@code timeStamp}: When the notification was generated.
     *
     * @param timeStamp the value
     * @return this builder
     */
    public Builder timeStamp(@Nullable TimeStamp timeStamp) {
      this.timeStamp = timeStamp;
      return this;
    }

    /**
     * Sets {@code appPkgId}: Identifier of the onboarded application package.
     *
     * @param appPkgId the value
     * @return this builder
     */
    public Builder appPkgId(@Nullable String appPkgId) {
      this.appPkgId = appPkgId;
      return this;
    }

    /**
     * Sets {@code appDId}: Identifier of the AppD of the package, globally unique.
     *
     * @param appDId the value
     * @return this builder
     */
    public Builder appDId(@Nullable String appDId) {
      this.appDId = appDId;
      return this;
    }

    /**
     * Sets {@code operationalState}: Operational state of the package.
     *
     * @param operationalState the value
     * @return this builder
     */
    public Builder operationalState(@Nullable OperationalState operationalState) {
      this.operationalState = operationalState;
      return this;
    }

    /**
     * Sets {@code _links}: Links to resources related to this notification.
     *
     * @param links the value
     * @return this builder
     */
    public Builder links(@Nullable SubscriptionLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Builds the {@link AppPkgNotification}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppPkgNotification build() {
      return new AppPkgNotification(id, notificationType, subscriptionId, timeStamp, appPkgId, appDId, operationalState, links);
    }
  }
}
