package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rules the NFVI is to observe when maintenance, such as an upgrade, impacts the virtualised resources of an
 * application: advance notice, migration, and how many instances may be impacted at once.
 *
 * <p>The two files disagree on this schema: MEC010-2_AppPkgMgmt.yaml has lists of {@code maxNumberOfImpactedInstances}
 * and {@code minNumberOfPreservedInstances} (one per group size, as in IFA 011), MEC010-2_AppLcm.yaml single objects.
 * This is the list form, which {@link VnfVirtualLinkDesc} and {@link VirtualStorageDescriptor} use with both files;
 * {@link NfviMaintenanceInfo} is the single-object form of MEC010-2_AppLcm.yaml.
 *
 * <p>ETSI GS NFV-IFA 011, clause 7.1.8.17.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema NfviMaintenanceInfo).
 *
 * @param impactNotificationLeadTime the minimum notice requested before an upcoming impact on the resources or their
 *     group
 * @param isImpactMitigationRequested whether resources of the same characteristics are to be provided to compensate for
 *     the impact
 * @param supportedMigrationType the allowed migration types, most preferred first
 * @param maxUndetectableInterruptionTime the longest interruption during live migration that goes undetected by the
 *     application
 * @param minRecoveryTimeBetweenImpacts the time the group needs to recover from an impact: the minimum time between
 *     consecutive impacts
 * @param maxNumberOfImpactedInstances the maximum number of instances impacted simultaneously, per group size; not
 *     together with {@code minNumberOfPreservedInstances}
 * @param minNumberOfPreservedInstances the minimum number of instances preserved simultaneously, per group size; not
 *     together with {@code maxNumberOfImpactedInstances}
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "NfviMaintenanceInfo")
public record PkgNfviMaintenanceInfo(
    @JsonProperty("impactNotificationLeadTime") @Nullable Double impactNotificationLeadTime,
    @JsonProperty("isImpactMitigationRequested") @Nullable Boolean isImpactMitigationRequested,
    @JsonProperty("supportedMigrationType") @Nullable List<MigrationType> supportedMigrationType,
    @JsonProperty("maxUndetectableInterruptionTime") @Nullable Double maxUndetectableInterruptionTime,
    @JsonProperty("minRecoveryTimeBetweenImpacts") @Nullable Double minRecoveryTimeBetweenImpacts,
    @JsonProperty("maxNumberOfImpactedInstances") @Nullable List<@Valid MaxNumberOfImpactedInstances> maxNumberOfImpactedInstances,
    @JsonProperty("minNumberOfPreservedInstances") @Nullable List<@Valid MinNumberOfPreservedInstances> minNumberOfPreservedInstances) {

  /** Copies collections so the record stays immutable. */
  public PkgNfviMaintenanceInfo {
    supportedMigrationType = Copies.list(supportedMigrationType);
    maxNumberOfImpactedInstances = Copies.list(maxNumberOfImpactedInstances);
    minNumberOfPreservedInstances = Copies.list(minNumberOfPreservedInstances);
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

  /** Builds {@link PkgNfviMaintenanceInfo} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable Double impactNotificationLeadTime;
    private @Nullable Boolean isImpactMitigationRequested;
    private @Nullable List<MigrationType> supportedMigrationType;
    private @Nullable Double maxUndetectableInterruptionTime;
    private @Nullable Double minRecoveryTimeBetweenImpacts;
    private @Nullable List<MaxNumberOfImpactedInstances> maxNumberOfImpactedInstances;
    private @Nullable List<MinNumberOfPreservedInstances> minNumberOfPreservedInstances;

    private Builder() {}

    private Builder(PkgNfviMaintenanceInfo source) {
      this.impactNotificationLeadTime = source.impactNotificationLeadTime;
      this.isImpactMitigationRequested = source.isImpactMitigationRequested;
      this.supportedMigrationType = Copies.mutable(source.supportedMigrationType);
      this.maxUndetectableInterruptionTime = source.maxUndetectableInterruptionTime;
      this.minRecoveryTimeBetweenImpacts = source.minRecoveryTimeBetweenImpacts;
      this.maxNumberOfImpactedInstances = Copies.mutable(source.maxNumberOfImpactedInstances);
      this.minNumberOfPreservedInstances = Copies.mutable(source.minNumberOfPreservedInstances);
    }

    /**
     * Sets {@code impactNotificationLeadTime}: The minimum notice requested before an upcoming impact on the resources
     * or their group.
     *
     * @param impactNotificationLeadTime the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder impactNotificationLeadTime(@Nullable Double impactNotificationLeadTime) {
      this.impactNotificationLeadTime = impactNotificationLeadTime;
      return this;
    }

    /**
     * Sets {@code isImpactMitigationRequested}: Whether resources of the same characteristics are to be provided to
     * compensate for the impact.
     *
     * @param isImpactMitigationRequested the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder isImpactMitigationRequested(@Nullable Boolean isImpactMitigationRequested) {
      this.isImpactMitigationRequested = isImpactMitigationRequested;
      return this;
    }

    /**
     * Sets {@code supportedMigrationType}: The allowed migration types, most preferred first.
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
     * Sets {@code maxUndetectableInterruptionTime}: The longest interruption during live migration that goes undetected
     * by the application.
     *
     * @param maxUndetectableInterruptionTime the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder maxUndetectableInterruptionTime(@Nullable Double maxUndetectableInterruptionTime) {
      this.maxUndetectableInterruptionTime = maxUndetectableInterruptionTime;
      return this;
    }

    /**
     * Sets {@code minRecoveryTimeBetweenImpacts}: The time the group needs to recover from an impact: the minimum time
     * between consecutive impacts.
     *
     * @param minRecoveryTimeBetweenImpacts the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder minRecoveryTimeBetweenImpacts(@Nullable Double minRecoveryTimeBetweenImpacts) {
      this.minRecoveryTimeBetweenImpacts = minRecoveryTimeBetweenImpacts;
      return this;
    }

    /**
     * Sets {@code maxNumberOfImpactedInstances}: The maximum number of instances impacted simultaneously, per group
     * size; not together with {@code minNumberOfPreservedInstances}.
     *
     * @param maxNumberOfImpactedInstances the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder maxNumberOfImpactedInstances(@Nullable List<MaxNumberOfImpactedInstances> maxNumberOfImpactedInstances) {
      this.maxNumberOfImpactedInstances = Copies.mutable(maxNumberOfImpactedInstances);
      return this;
    }

    /**
     * Appends one entry to {@code maxNumberOfImpactedInstances}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addMaxNumberOfImpactedInstance(MaxNumberOfImpactedInstances element) {
      this.maxNumberOfImpactedInstances = Copies.add(this.maxNumberOfImpactedInstances, element);
      return this;
    }

    /**
     * Sets {@code minNumberOfPreservedInstances}: The minimum number of instances preserved simultaneously, per group
     * size; not together with {@code maxNumberOfImpactedInstances}.
     *
     * @param minNumberOfPreservedInstances the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder minNumberOfPreservedInstances(@Nullable List<MinNumberOfPreservedInstances> minNumberOfPreservedInstances) {
      this.minNumberOfPreservedInstances = Copies.mutable(minNumberOfPreservedInstances);
      return this;
    }

    /**
     * Appends one entry to {@code minNumberOfPreservedInstances}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addMinNumberOfPreservedInstance(MinNumberOfPreservedInstances element) {
      this.minNumberOfPreservedInstances = Copies.add(this.minNumberOfPreservedInstances, element);
      return this;
    }

    /**
     * Builds the {@link PkgNfviMaintenanceInfo}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public PkgNfviMaintenanceInfo build() {
      return new PkgNfviMaintenanceInfo(impactNotificationLeadTime, isImpactMitigationRequested, supportedMigrationType, maxUndetectableInterruptionTime, minRecoveryTimeBetweenImpacts, maxNumberOfImpactedInstances, minNumberOfPreservedInstances);
    }
  }
}
