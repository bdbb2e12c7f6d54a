package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * Criteria that select the application LCM operation occurrences a subscription is notified about.
 *
 * <p>Schema: ETSI GS MEC 010-2 clause 6.2.2.6 (MEC010-2_AppLcm.yaml, schema AppLcmOpOccSubscriptionFilter).
 *
 * @param appInstanceSubscriptionFilter Selects the application instances whose operation occurrences are notified.
 * @param notificationTypes Notification type to match; the permitted value is {@code "AppLcmOpOccNotification"}.
 * @param operationTypes Only occurrences of this LCM operation are notified; only if {@code notificationTypes} is
 *     AppLcmOpOccNotification.
 * @param operationStates Only changes to this operation state are notified; only if {@code notificationTypes} is
 *     AppLcmOpOccNotification.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "AppLcmOpOccSubscriptionFilter")
public record AppLcmOpOccSubscriptionFilter(
    @JsonProperty("appInstanceSubscriptionFilter") @Valid @Nullable AppInstanceSubscriptionFilter appInstanceSubscriptionFilter,
    @JsonProperty("notificationTypes") @Nullable String notificationTypes,
    @JsonProperty("operationTypes") @Nullable LcmOperation operationTypes,
    @JsonProperty("operationStates") @Nullable OperationState operationStates) {

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

  /** Builds {@link AppLcmOpOccSubscriptionFilter} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable AppInstanceSubscriptionFilter appInstanceSubscriptionFilter;
    private @Nullable String notificationTypes;
    private @Nullable LcmOperation operationTypes;
    private @Nullable OperationState operationStates;

    private Builder() {}

    private Builder(AppLcmOpOccSubscriptionFilter source) {
      this.appInstanceSubscriptionFilter = source.appInstanceSubscriptionFilter;
      this.notificationTypes = source.notificationTypes;
      this.operationTypes = source.operationTypes;
      this.operationStates = source.operationStates;
    }

    /**
     * Sets {@code appInstanceSubscriptionFilter}: Selects the application instances whose operation occurrences are
     * notified.
     *
     * @param appInstanceSubscriptionFilter the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder appInstanceSubscriptionFilter(@Nullable AppInstanceSubscriptionFilter appInstanceSubscriptionFilter) {
      this.appInstanceSubscriptionFilter = appInstanceSubscriptionFilter;
      return this;
    }

    /**
     * Sets {@code notificationTypes}: Notification type to match.
     *
     * @param notificationTypes the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder notificationTypes(@Nullable String notificationTypes) {
      this.notificationTypes = notificationTypes;
      return this;
    }

    /**
     * Sets {@code operationTypes}: Only occurrences of this LCM operation are notified.
     *
     * @param operationTypes the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder operationTypes(@Nullable LcmOperation operationTypes) {
      this.operationTypes = operationTypes;
      return this;
    }

    /**
     * Sets {@code operationStates}: Only changes to this operation state are notified.
     *
     * @param operationStates the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder operationStates(@Nullable OperationState operationStates) {
      this.operationStates = operationStates;
      return this;
    }

    /**
     * Builds the {@link AppLcmOpOccSubscriptionFilter}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public AppLcmOpOccSubscriptionFilter build() {
      return new AppLcmOpOccSubscriptionFilter(appInstanceSubscriptionFilter, notificationTypes, operationTypes, operationStates);
    }
  }
}
