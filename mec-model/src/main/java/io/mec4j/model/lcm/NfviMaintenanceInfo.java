package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How NFVI maintenance may impact a group of virtualised resources of an application: how early impacts are notified,
 * which migrations are allowed and how many instances may be impacted at once.
 *
 * <p>At most one of {@code maxNumberOfImpactedInstances} and {@code minNumberOfPreservedInstances} is present. This
 * is the application LCM variant, with single objects; application package management uses
 * {@link PkgNfviMaintenanceInfo}.
 *
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema NfviMaintenanceInfo).
 *
 * @param impactNotificationLeadTime Minimum lead time requested between the notification of an upcoming impact on the
 *     resources and the impact.
 * @param isImpactMitigationRequested Whether resources with the same characteristics as the impacted ones are
 *     requested, at the time of the notification, to compensate for the impact.
 * @param supportedMigrationType Allowed migration types, most preferred first; for compute and storage descriptors.
 * @param maxUndetectableInterruptionTime Longest interruption that goes undetected by the application during live
 *     migration; a live migration that cannot meet it is downgraded in order of preference. For compute and storage
 *     descriptors.
 * @param minRecoveryTimeBetweenImpacts Time the group needs to recover from an impact, i.e. the minimum time
 *     requested between consecutive impacts; impacts within it count as simultaneous.
 * @param maxNumberOfImpactedInstances Maximum number of instances of the group that may be impacted at once without
 *     losing functionality.
 * @param minNumberOfPreservedInstances Minimum number of instances of the group to be preserved at once.
 */
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "NfviMaintenanceInfo")
public record NfviMaintenanceInfo(
    @JsonProperty("impactNotificationLeadTime") @NotNull Double impactNotificationLeadTime,
    @JsonProperty("isImpactMitigationRequested") @Nullable Boolean isImpactMitigationRequested,
    @JsonProperty("supportedMigrationType") @Nullable List<MigrationType> supportedMigrationType,
    @JsonProperty("maxUndetectableInterruptionTime") @Nullable Double maxUndetectableInterruptionTime,
    @JsonProperty("minRecoveryTimeBetweenImpacts") @Nullable Double minRecoveryTimeBetweenImpacts,
    @JsonProperty("maxNumberOfImpactedInstances") @Valid @Nullable MaxNumberOfImpactedInstances maxNumberOfImpactedInstances,
    @JsonProperty("minNumberOfPreservedInstances") @Valid @Nullable MinNumberOfPreservedInstances minNumberOfPreservedInstances) {

  /** Copies collections so the record stays immutable. */
  public NfviMaintenanceInfo {
    supportedMigrationType = Copies.list(supportedMigrationType);
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

  /** Builds {@link NfviMaintenanceInfo} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable Double impactNotificationLeadTime;
    private @Nullable Boolean isImpactMitigationRequested;
    private @Nullable List<MigrationType> supportedMigrationType;
    private @Nullable Double maxUndetectableInterruptionTime;
    private @Nullable Double minRecoveryTimeBetweenImpacts;
    private @Nullable MaxNumberOfImpactedInstances maxNumberOfImpactedInstances;
    private @Nullable MinNumberOfPreservedInstances minNumberOfPreservedInstances;

    private Builder() {}

    private Builder(NfviMaintenanceInfo source) {
      this.impactNotificationLeadTime = source.impactNotificationLeadTime;
      this.isImpactMitigationRequested = source.isImpactMitigationRequested;
      this.supportedMigrationType = Copies.mutable(source.supportedMigrationType);
      this.maxUndetectableInterruptionTime = source.maxUndetectableInterruptionTime;
      this.minRecoveryTimeBetweenImpacts = source.minRecoveryTimeBetweenImpacts;
      this.maxNumberOfImpactedInstances = source.maxNumberOfImpactedInstances;
      this.minNumberOfPreservedInstances = source.minNumberOfPreservedInstances;
    }

    /**
     * Sets {@code impactNotificationLeadTime}: Minimum lead time requested between the notification of an upcoming
     * impact on the resources and the impact.
     *
     * @param impactNotificationLeadTime the value
     * @return this builder
     */
    public Builder impactNotificationLeadTime(@Nullable Double impactNotificationLeadTime) {
      this.impactNotificationLeadTime = impactNotificationLeadTime;
      return this;
    }

    /**
     * Sets {@code isImpactMitigationRequested}: Whether resources with the same characteristics as the impacted ones
     * are requested, at the time of the notification, to compensate for the impact.
     *
     * @param isImpactMitigationRequested the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder isImpactMitigationRequested(@Nullable Boolean isImpactMitigationRequested) {
      this.isImpactMitigationRequested = isImpactMitigationRequested;
      return this;
    }

    /**
     * Sets {@code supportedMigrationType}: Allowed migration types, most preferred first.
     *
     * @param supportedMigrationType the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder supportedMigrationType(@Nullable List<MigrationType> supportedMigrationType) {
      this.supportedMigrationType = Copies.mutable(supportedMigrationType);
      return this;
    }

    /**
     * Appends one entry to {@code supportedMigrationType}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addSupportedMigrationType(MigrationType element) {
      this.supportedMigrationType = Copies.add(this.supportedMigrationType, element);
      return this;
    }

    /**
     * Sets {@code maxUndetectableInterruptionTime}: Longest interruption that goes undetected by the application
     * during live migration.
     *
     * @param maxUndetectableInterruptionTime the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder maxUndetectableInterruptionTime(@Nullable Double maxUndetectableInterruptionTime) {
      this.maxUndetectableInterruptionTime = maxUndetectableInterruptionTime;
      return this;
    }

    /**
     * Sets {@code minRecoveryTimeBetweenImpacts}: Time the group needs to recover from an impact, i.e. the minimum
     * time requested between consecutive impacts.
     *
     * @param minRecoveryTimeBetweenImpacts the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder minRecoveryTimeBetweenImpacts(@Nullable Double minRecoveryTimeBetweenImpacts) {
      this.minRecoveryTimeBetweenImpacts = minRecoveryTimeBetweenImpacts;
      return this;
    }

    /**
     * Sets {@code maxNumberOfImpactedInstances}: Maximum number of instances of the group that may be impacted at
     * once without losing functionality.
     *
     * @param maxNumberOfImpactedInstances the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder maxNumberOfImpactedInstances(@Nullable MaxNumberOfImpactedInstances maxNumberOfImpactedInstances) {
      this.maxNumberOfImpactedInstances = maxNumberOfImpactedInstances;
      return this;
    }

    /**
     * Sets {@code minNumberOfPreservedInstances}: Minimum number of instances of the group to be preserved at once.
     *
     * @param minNumberOfPreservedInstances the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder minNumberOfPreservedInstances(@Nullable MinNumberOfPreservedInstances minNumberOfPreservedInstances) {
      this.minNumberOfPreservedInstances = minNumberOfPreservedInstances;
      return this;
    }

    /**
     * Builds the {@link NfviMaintenanceInfo}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public NfviMaintenanceInfo build() {
      return new NfviMaintenanceInfo(impactNotificationLeadTime, isImpactMitigationRequested, supportedMigrationType, maxUndetectableInterruptionTime, minRecoveryTimeBetweenImpacts, maxNumberOfImpactedInstances, minNumberOfPreservedInstances);
    }
  }
}
