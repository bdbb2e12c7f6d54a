package io.mec4j.model.ams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.SubscriptionLinks;
import io.mec4j.model.common.TimeStamp;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A notification that devices served by an application instance are moving, or have moved, to another MEC host, sent
 * to the subscribers of a matching {@link MobilityProcedureSubscription}.
 *
 * <p>ETSI GS MEC 021, clause 7.4.2.
 * <p>Schema: ETSI GS MEC 021 (MEC021_AppMobilityService.yaml, schema MobilityProcedureNotification).
 *
 * @param notificationType always {@code "MobilityProcedureNotification"}
 * @param timeStamp when the notification was generated
 * @param associateId identifiers of the devices (UEs) and flows concerned; at least one
 * @param mobilityStatus where the move stands
 * @param targetAppInfo the application instance that is to serve the devices after the move
 * @param links link to the subscription the notification is for
 */
@EtsiSchema(spec = "MEC021_AppMobilityService", name = "MobilityProcedureNotification")
public record MobilityProcedureNotification(
    @JsonProperty("notificationType") @NotNull String notificationType,
    @JsonProperty("timeStamp") @Valid @Nullable TimeStamp timeStamp,
    @JsonProperty("associateId") @NotNull @Size(min = 1) List<@Valid AssociateId> associateId,
    @JsonProperty("mobilityStatus") @NotNull MobilityStatus mobilityStatus,
    @JsonProperty("targetAppInfo") @Valid @Nullable TargetAppInfo targetAppInfo,
    @JsonProperty("_links") @NotNull @Valid SubscriptionLinks links) {

  /** Copies collections so the record stays immutable. */
  public MobilityProcedureNotification {
    associateId = Copies.list(associateId);
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

  /** Builds {@link MobilityProcedureNotification} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable String notificationType;
    private @Nullable TimeStamp timeStamp;
    private @Nullable List<AssociateId> associateId;
    private @Nullable MobilityStatus mobilityStatus;
    private @Nullable TargetAppInfo targetAppInfo;
    private @Nullable SubscriptionLinks links;

    private Builder() {}

    private Builder(MobilityProcedureNotification source) {
      this.notificationType = source.notificationType;
      this.timeStamp = source.timeStamp;
      this.associateId = Copies.mutable(source.associateId);
      this.mobilityStatus = source.mobilityStatus;
      this.targetAppInfo = source.targetAppInfo;
      this.links = source.links;
    }

    /**
     * Sets {@code notificationType}, which shall be {@code "MobilityProcedureNotification"}.
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
     * Sets {@code associateId}: identifiers of the devices (UEs) and flows concerned.
     *
     * @param associateId the value
     * @return this builder
     */
    public Builder associateId(@Nullable List<AssociateId> associateId) {
      this.associateId = Copies.mutable(associateId);
      return this;
    }

    /**
     * Appends one entry to {@code associateId}.
     *
     * @param element the entry to append
     * @return this builder
     */
    public Builder addAssociateId(AssociateId element) {
      this.associateId = Copies.add(this.associateId, element);
      return this;
    }

    /**
     * Sets {@code mobilityStatus}: where the move stands.
     *
     * @param mobilityStatus the value
     * @return this builder
     */
    public Builder mobilityStatus(@Nullable MobilityStatus mobilityStatus) {
      this.mobilityStatus = mobilityStatus;
      return this;
    }

    /**
     * Sets {@code targetAppInfo}: the application instance that is to serve the devices after the move.
     *
     * @param targetAppInfo the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder targetAppInfo(@Nullable TargetAppInfo targetAppInfo) {
      this.targetAppInfo = targetAppInfo;
      return this;
    }

    /**
     * Sets {@code _links}: link to the subscription the notification is for.
     *
     * @param links the value
     * @return this builder
     */
    public Builder links(@Nullable SubscriptionLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Builds the {@link MobilityProcedureNotification}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public MobilityProcedureNotification build() {
      return new MobilityProcedureNotification(notificationType, timeStamp, associateId, mobilityStatus, targetAppInfo, links);
    }
  }
}
