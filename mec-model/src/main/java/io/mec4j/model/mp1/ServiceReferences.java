package io.mec4j.model.mp1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.common.LinkType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * One MEC service whose availability changed, as reported in a {@link ServiceAvailabilityNotification}.
 *
 * <p>Inlined type {@code serviceReferences} of {@code ServiceAvailabilityNotification}, ETSI GS MEC 011, clause
 * 8.1.4.2.
 *
 * <p>Schema: ETSI GS MEC 011 (MEC011_ServiceMgmt.yaml, schema ServiceReferences).
 *
 * @param link link to the service resource; present unless {@code changeType} is {@link ChangeType#REMOVED}
 * @param serName name of the service
 * @param serInstanceId identifier of the service instance
 * @param state state of the service after the change
 * @param changeType kind of change
 */
@EtsiSchema(spec = "MEC011_ServiceMgmt", name = "ServiceReferences")
public record ServiceReferences(
    @JsonProperty("link") @Valid @Nullable LinkType link,
    @JsonProperty("serName") @NotNull String serName,
    @JsonProperty("serInstanceId") @NotNull String serInstanceId,
    @JsonProperty("state") @NotNull ServiceState state,
    @JsonProperty("changeType") @NotNull ChangeType changeType) {

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

  /** Builds {@link ServiceReferences} values; not thread-safe. Required attributes are checked by validation, not here. */
  public static final class Builder {
    private @Nullable LinkType link;
    private @Nullable String serName;
    private @Nullable String serInstanceId;
    private @Nullable ServiceState state;
    private @Nullable ChangeType changeType;

    private Builder() {}

    private Builder(ServiceReferences source) {
      this.link = source.link;
      this.serName = source.serName;
      this.serInstanceId = source.serInstanceId;
      this.state = source.state;
      this.changeType = source.changeType;
    }

    /**
     * Sets {@code link}: link to the service resource.
     *
     * @param link the value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder link(@Nullable LinkType link) {
      this.link = link;
      return this;
    }

    /**
     * Sets {@code serName}: name of the service.
     *
     * @param serName the value
     * @return this builder
     */
    public Builder serName(@Nullable String serName) {
      this.serName = serName;
      return this;
    }

    /**
     * Sets {@code serInstanceId}: identifier of the service instance.
     *
     * @param serInstanceId the value
     * @return this builder
     */
    public Builder serInstanceId(@Nullable String serInstanceId) {
      this.serInstanceId = serInstanceId;
      return this;
    }

    /**
     * Sets {@code state}: state of the service after the change.
     *
     * @param state the value
     * @return this builder
     */
    public Builder state(@Nullable ServiceState state) {
      this.state = state;
      return this;
    }

    /**
     * Sets {@code changeType}: kind of change.
     *
     * @param changeType the value
     * @return this builder
     */
    public Builder changeType(@Nullable ChangeType changeType) {
      this.changeType = changeType;
      return this;
    }

    /**
     * Builds the {@link ServiceReferences}.
     *
     * @return the new record
     */
    @SuppressWarnings("NullAway") // required attributes are reported by bean validation, all at once
    public ServiceReferences build() {
      return new ServiceReferences(link, serName, serInstanceId, state, changeType);
    }
  }
}
