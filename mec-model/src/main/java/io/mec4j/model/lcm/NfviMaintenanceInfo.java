package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code NfviMaintenanceInfo} data type of ETSI GS MEC 010-2.
 * <p>NOTE 1: When the maximum undetectable interruption time is specified it constrains the live migration. If it cannot be
 * guaranteed on an NFVI that the interruption caused by the live migration will be less than the indicated
 * maximum undetectable interruption time, then life migration should be downgraded according to the order of preference.
 * NOTE 2: Impacts to instances of the group happening within the minimum recovery time are considered simultaneous
 * impacts.
 * NOTE 3: Either "maxNumberOfImpactedInstances" or "minNumberOfPreservedInstances" may be provided, but not both
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema NfviMaintenanceInfo).
 *
 * @param impactNotificationLeadTime The minimum notification lead time requested for upcoming impact of the virtualised resource or their group. (required)
 * @param isImpactMitigationRequested When set to True, it is requested that at the time of the notification of an upcoming change that is expected to have an impact on the VNF, virtualised resource(s) of the same characteristics as the impacted ones is/are provided to compensate for the impact.
 * @param supportedMigrationType Applicable to VirtualComputeDesc and VirtualStorageDesc. When present, specifies the allowed migration types in the order of preference in case of an impact starting with the most preferred type. For LIVE_MIGRATION, see note 1.
 * @param maxUndetectableInterruptionTime Applicable to VirtualComputeDesc and VirtualStorageDesc. When present, it specifies the maximum interruption time that can go undetected at the VNF level and therefore which will not trigger VNF-internal recovery during live migration. (see note 1)
 * @param minRecoveryTimeBetweenImpacts When present, it specifies the time required by the group to recover from an impact, thus, the minimum time requested between consecutive impacts of the group. (see note 2.)
 * @param maxNumberOfImpactedInstances When present, specifies for different group sizes the maximum number of instances that can be impacted simultaneously within the group of virtualised resources without losing functionality. Zero cardinality indicates no constraint (see note 2). MaxNumberOfImpactedInstances is defined in clause 7.1.8.18. See note 3.
 * @param minNumberOfPreservedInstances When present, specifies for different group sizes the minimum number of instances which need to be preserved simultaneously within the group of virtualised resources. Zero cardinality indicates no constraint (see note 2). MinNumberOfPreservedInstances is defined in clause 7.1.8.22.See note 3.
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
     * Sets {@code impactNotificationLeadTime}: The minimum notification lead time requested for upcoming impact of the virtualised resource or their group.
     *
     * @param impactNotificationLeadTime the value
     * @return this builder
     */
    public Builder impactNotificationLeadTime(@Nullable Double impactNotificationLeadTime) {
      this.impactNotificationLeadTime = impactNotificationLeadTime;
      return this;
    }

    /**
     * Sets {@code isImpactMitigationRequested}: When set to True, it is requested that at the time of the notification of an upcoming change that is expected to have an impact on the VNF, virtualised resource(s) of the same characteristics as the impacted ones is/are provided to compensate for the impact.
     *
     * @param isImpactMitigationRequested the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder isImpactMitigationRequested(@Nullable Boolean isImpactMitigationRequested) {
      this.isImpactMitigationRequested = isImpactMitigationRequested;
      return this;
    }

    /**
     * Sets {@code supportedMigrationType}: Applicable to VirtualComputeDesc and VirtualStorageDesc.
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
     * Sets {@code maxUndetectableInterruptionTime}: Applicable to VirtualComputeDesc and VirtualStorageDesc.
     *
     * @param maxUndetectableInterruptionTime the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder maxUndetectableInterruptionTime(@Nullable Double maxUndetectableInterruptionTime) {
      this.maxUndetectableInterruptionTime = maxUndetectableInterruptionTime;
      return this;
    }

    /**
     * Sets {@code minRecoveryTimeBetweenImpacts}: When present, it specifies the time required by the group to recover from an impact, thus, the minimum time requested between consecutive impacts of the group.
     *
     * @param minRecoveryTimeBetweenImpacts the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder minRecoveryTimeBetweenImpacts(@Nullable Double minRecoveryTimeBetweenImpacts) {
      this.minRecoveryTimeBetweenImpacts = minRecoveryTimeBetweenImpacts;
      return this;
    }

    /**
     * Sets {@code maxNumberOfImpactedInstances}: When present, specifies for different group sizes the maximum number of instances that can be impacted simultaneously within the group of virtualised resources without losing functionality.
     *
     * @param maxNumberOfImpactedInstances the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder maxNumberOfImpactedInstances(@Nullable MaxNumberOfImpactedInstances maxNumberOfImpactedInstances) {
      this.maxNumberOfImpactedInstances = maxNumberOfImpactedInstances;
      return this;
    }

    /**
     * Sets {@code minNumberOfPreservedInstances}: When present, specifies for different group sizes the minimum number of instances which need to be preserved simultaneously within the group of virtualised resources.
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
